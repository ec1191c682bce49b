using System.Diagnostics;

namespace PerfPublish.Tests.Support;

/// <summary>
/// The perfpublish command run as its own process, in English, with environment variables of the
/// test's choosing: a test can hold a lock the process must respect, or give it a PATH with a
/// LibreOffice of its own.
/// </summary>
public static class CliProcess
{
    public static (int Exit, string Out, string Error) Run(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Dotnet) { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PERFPUBLISH_LANG"] = "en";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PerfPublish.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The dotnet host running the tests, found without the PATH a test may replace.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "dotnet")).First(File.Exists);
}
