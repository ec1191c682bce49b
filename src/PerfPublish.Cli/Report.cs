using System.CommandLine;
using PerfPublish.Build;
using PerfPublish.Diagnostics;
using PerfPublish.Scaffold;
using PerfPublish.Serve;

namespace PerfPublish.Cli;

/// <summary>Prints results for people and CI, and turns them into the documented exit codes.</summary>
internal static class Report
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int Failure = 3;

    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"perfpublish: {error.Message}");
            Console.Error.WriteLine("Run 'perfpublish --help' (or 'perfpublish <command> --help') for usage and examples.");
            return Usage;
        }

        try
        {
            // Without this System.CommandLine would catch every exception itself, print its stack trace and exit with 1.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"perfpublish: error {Codes.Output}: {e.Message}");
            return Failure;
        }
        catch (Exception e)
        {
            // A bug, not the content's fault: one line to report, not a stack trace to read.
            Console.Error.WriteLine($"perfpublish: internal error ({e.GetType().Name}: {e.Message}); please report it with the command you ran");
            return Failure;
        }
    }

    public static int Build(BuildResult result)
    {
        PrintDiagnostics(result.Diagnostics);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {Count(result.Diagnostics)}. Nothing was written; the previous output is unchanged.");
            return ContentErrors;
        }

        foreach (var file in result.WrittenFiles) Console.WriteLine($"wrote {file.Replace('\\', '/')}");
        // Once per build, after the file list, so it is the last thing read before the summary.
        foreach (var notice in result.Notices) Console.WriteLine($"note: {notice}");
        Console.WriteLine($"Build succeeded: {result.WrittenFiles.Count} files, {Count(result.Diagnostics)}.");
        return Ok;
    }

    public static int Check(BuildResult result)
    {
        PrintDiagnostics(result.Diagnostics);
        Console.WriteLine(result.Succeeded ? $"Check passed: {Count(result.Diagnostics)}." : $"Check failed: {Count(result.Diagnostics)}.");
        return result.Succeeded ? Ok : ContentErrors;
    }

    public static int Scaffold(ScaffoldResult result)
    {
        if (result.Problem is not null)
        {
            Console.Error.WriteLine($"perfpublish: {result.Problem}");
            return Usage;
        }

        PrintDiagnostics(result.Diagnostics);
        if (result.Created.Count == 0)
        {
            Console.Error.WriteLine($"Nothing was made: {Count(result.Diagnostics)}; fix them first.");
            return ContentErrors;
        }

        foreach (var file in result.Created) Console.WriteLine($"created {file.Replace('\\', '/')}");
        Console.WriteLine("Next: replace every 【待填写】 placeholder (the comment above each field says what goes there), then run 'perfpublish check'; it lists each place still to fill in.");
        return Ok;
    }

    public static async Task<int> Serve(ServeOptions options, CancellationToken cancellation)
    {
        await PreviewServer.RunAsync(options, Built,
            address => Console.WriteLine($"Preview at {address} — save a file under content/ or templates/ and the page reloads. Ctrl+C stops."),
            cancellation);
        Console.WriteLine("Preview stopped.");
        return Ok;
    }

    private static void Built(PreviewSite site)
    {
        PrintDiagnostics(site.Diagnostics);
        var outcome = site.Succeeded ? "ok" : "failed (the page shows the errors)";
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] build {site.Version} {outcome} in {site.Took.TotalSeconds:0.0} s: {Count(site.Diagnostics)}.");
    }

    private static void PrintDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Console.Error.WriteLine(diagnostic);
    }

    private static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error(s), {warnings} warning(s)";
    }
}
