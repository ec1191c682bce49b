using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PerfPublish.Bench;

/// <summary>
/// Runs child processes and measures them. CPU time is the difference in getrusage(RUSAGE_CHILDREN),
/// which counts every child the runtime reaped, grandchildren included; peak RSS is the highest
/// VmHWM (the kernel's own high-water mark) read from /proc while the process runs. Linux only.
/// </summary>
public static class ProcessMeter
{
    public static Measurement Run(string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingFolder = null)
    {
        var cpuBefore = ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using var process = Start(executable, arguments, environment, workingFolder);
        var peak = WatchPeak(process);
        process.WaitForExit();
        clock.Stop();
        return new Measurement(clock.Elapsed.TotalSeconds, ChildrenCpuSeconds() - cpuBefore, peak.Result / 1024.0, process.ExitCode);
    }

    /// <summary>Runs every job, <paramref name="parallel"/> at a time, and measures the whole group (peak RSS: the largest single process).</summary>
    public static Measurement RunAll(IReadOnlyList<(string Executable, string[] Arguments)> jobs, int parallel)
    {
        var cpuBefore = ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        var peak = 0L;
        var failed = 0;
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = parallel }, job =>
        {
            using var process = Start(job.Executable, job.Arguments, null, null);
            var jobPeak = WatchPeak(process);
            process.WaitForExit();
            Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), jobPeak.Result));
            if (process.ExitCode != 0) Interlocked.Increment(ref failed);
        });
        clock.Stop();
        return new Measurement(clock.Elapsed.TotalSeconds, ChildrenCpuSeconds() - cpuBefore, peak / 1024.0, failed);
    }

    private static Process Start(string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string? workingFolder)
    {
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        if (workingFolder is not null) start.WorkingDirectory = workingFolder;
        var process = Process.Start(start)!;
        // Drain both pipes so a chatty child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"    | {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Polls VmHWM (kB) of the process and of every process below it every few milliseconds until it exits; the
    /// largest reading is the peak up to then. The descendants count because `dotnet perfpublish` runs the tool
    /// as a child of the dotnet host.
    /// </summary>
    private static Task<long> WatchPeak(Process process) => Task.Run(() =>
    {
        var peak = 0L;
        while (!process.HasExited)
        {
            foreach (var id in WithDescendants(process.Id)) peak = Math.Max(peak, HighWaterMark(id));
            Thread.Sleep(5);
        }

        return peak;
    });

    private static IEnumerable<int> WithDescendants(int id)
    {
        yield return id;
        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories($"/proc/{id}/task");
        }
        catch (IOException)
        {
            yield break; // gone between the check and the read
        }

        foreach (var task in tasks)
            foreach (var child in Read(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                foreach (var descendant in WithDescendants(int.Parse(child)))
                    yield return descendant;
    }

    private static long HighWaterMark(int id)
    {
        var line = Read($"/proc/{id}/status").Split('\n').FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    /// <summary>A /proc file's text, or nothing when the process is gone.</summary>
    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static double ChildrenCpuSeconds()
    {
        if (getrusage(RusageChildren, out var usage) != 0) return double.NaN;
        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    private const int RusageChildren = -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);
}
