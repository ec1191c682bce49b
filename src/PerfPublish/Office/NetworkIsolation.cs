using System.Diagnostics;
using PerfPublish.Diagnostics;

namespace PerfPublish.Office;

/// <summary>
/// How LibreOffice is kept off the network. Where Linux allows it, soffice runs in a network namespace
/// of its own (util-linux unshare): it has no interface but a loopback that is down, so no request can
/// leave, whatever a document links to. That takes root (CAP_SYS_ADMIN) or unprivileged user
/// namespaces; where neither is there (Windows, macOS, many containers, Ubuntu's AppArmor default), only
/// the profile's settings (<see cref="OfflineProfile"/>) keep a document's links unloaded, and
/// <see cref="Notice"/> says so.
/// </summary>
/// <param name="Launcher">The command and arguments soffice's own command line follows (empty: soffice runs as it is).</param>
/// <param name="Unavailable">Why there is no namespace; null when there is one.</param>
public sealed record NetworkIsolation(IReadOnlyList<string> Launcher, string? Unavailable)
{
    /// <summary>As root, then as an ordinary user through a user namespace of its own.</summary>
    private static readonly string[][] UnshareFlags = [["--net"], ["--user", "--map-root-user", "--net"]];

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    private static readonly Lazy<NetworkIsolation> Detected = new(() => Detect(Environment.GetEnvironmentVariable("PATH")));

    public bool Isolated => Unavailable is null;

    /// <summary>What this machine allows, found out once per process.</summary>
    public static NetworkIsolation Current => Detected.Value;

    /// <summary>No namespace, for the reason given: the settings alone apply.</summary>
    public static NetworkIsolation None(string reason) => new([], reason);

    /// <summary>What a build or an import that ran LibreOffice tells the user: nothing where it had no network.</summary>
    public string? Notice => Unavailable is null ? null : Messages.Format("Offline_Reachable", Unavailable);

    /// <summary>Starts <paramref name="executable"/> inside the namespace, or as it is where there is none.</summary>
    public ProcessStartInfo StartInfo(string executable)
    {
        if (Launcher.Count == 0) return new ProcessStartInfo(executable);
        var start = new ProcessStartInfo(Launcher[0]);
        foreach (var argument in Launcher.Skip(1)) start.ArgumentList.Add(argument);
        start.ArgumentList.Add(executable);
        return start;
    }

    /// <summary>The first way of running a command without a network that works here, tried with 'true'.</summary>
    public static NetworkIsolation Detect(string? pathVariable)
    {
        if (!OperatingSystem.IsLinux()) return None(Messages.Format("Offline_NotLinux"));
        var unshare = (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "unshare")).FirstOrDefault(File.Exists);
        if (unshare is null) return None(Messages.Format("Offline_NoUnshare"));

        var refused = "";
        foreach (var flags in UnshareFlags)
        {
            var isolation = new NetworkIsolation([unshare, .. flags, "--"], null);
            var problem = Probe(isolation);
            if (problem is null) return isolation;
            refused = problem;
        }
        return None(Messages.Format("Offline_Refused", refused));
    }

    /// <summary>Runs 'true' inside; null when it worked, else what unshare said.</summary>
    private static string? Probe(NetworkIsolation isolation)
    {
        var start = isolation.StartInfo("true");
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return "unshare did not finish";
            }
            return process.ExitCode == 0 ? null : error.Result.Trim();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return e.Message;
        }
    }
}
