using System.CommandLine;
using System.Reflection;
using PerfPublish.Diagnostics;
using PerfPublish.Fix;
using PerfPublish.Import;
using PerfPublish.Publishing;
using PerfPublish.Review;
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
            Console.Error.WriteLine(CliText.Of("UsageHint"));
            return Usage;
        }

        try
        {
            // Without this System.CommandLine would catch every exception itself, print its stack trace and exit with 1.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"perfpublish: error {Codes.Output}: {Messages.Format("PP0401", e.Message)}");
            return Failure;
        }
        catch (Exception e)
        {
            // A bug, not the content's fault: one line to report, not a stack trace to read.
            Console.Error.WriteLine($"perfpublish: {CliText.Of("InternalError", e.GetType().Name, e.Message)}");
            return Failure;
        }
    }

    public static int Build(BuildResult result)
    {
        PrintDiagnostics(result.Diagnostics);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(CliText.Of("BuildFailed", Count(result.Diagnostics)));
            return result.OutputRefused ? Failure : ContentErrors;
        }

        foreach (var file in result.WrittenFiles) Console.WriteLine(CliText.Of("Wrote", file.Replace('\\', '/')));
        // Once per build, after the file list, so it is the last thing read before the summary.
        foreach (var notice in result.Notices) Console.WriteLine(CliText.Of("Note", notice));
        Console.WriteLine(CliText.Of("BuildSucceeded", result.WrittenFiles.Count, Count(result.Diagnostics)));
        return Ok;
    }

    public static int Check(BuildResult result)
    {
        PrintDiagnostics(result.Diagnostics);
        Console.WriteLine(CliText.Of(result.Succeeded ? "CheckPassed" : "CheckFailed", Count(result.Diagnostics)));
        return result.Succeeded ? Ok : ContentErrors;
    }

    /// <summary>check --format gitlab: the code-quality JSON on standard output, everything for people on standard error.</summary>
    public static int CheckForGitLab(BuildResult result)
    {
        PrintDiagnostics(result.Diagnostics);
        Console.Out.WriteLine(CodeQualityReport.Write(result.Diagnostics));
        Console.Error.WriteLine(CliText.Of(result.Succeeded ? "CheckPassed" : "CheckFailed", Count(result.Diagnostics)));
        return result.Succeeded ? Ok : ContentErrors;
    }

    public static int Scaffold(ScaffoldResult result) => Made(result, CliText.Of("NextFillIn"));

    /// <summary>schemas: the files generated from the form profiles; nothing to fill in afterwards.</summary>
    public static int Schemas(ScaffoldResult result) => Made(result, CliText.Of("SchemasWritten"));

    private static int Made(ScaffoldResult result, string next)
    {
        if (result.Problem is not null)
        {
            Console.Error.WriteLine($"perfpublish: {result.Problem}");
            return Usage;
        }

        PrintDiagnostics(result.Diagnostics);
        if (result.Created.Count == 0)
        {
            Console.Error.WriteLine(CliText.Of("NothingMade", Count(result.Diagnostics)));
            return ContentErrors;
        }

        foreach (var file in result.Created) Console.WriteLine(CliText.Of("Created", file.Replace('\\', '/')));
        Console.WriteLine(next);
        return Ok;
    }

    /// <summary>import: the warnings in the source's order, then the files and the summary of what landed where.</summary>
    public static int Import(ImportResult result, string folder)
    {
        if (result.Problem is not null)
        {
            Console.Error.WriteLine($"perfpublish: {result.Problem}");
            return Usage;
        }

        PrintDiagnostics(result.Diagnostics);
        foreach (var notice in result.Notices) Console.WriteLine(CliText.Of("Note", notice));
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(CliText.Of("Import_Failed", result.Diagnostics.Count(d => d.Severity == Severity.Error)));
            return ContentErrors;
        }

        foreach (var file in result.Written) Console.WriteLine(CliText.Of("Created", file.Replace('\\', '/')));
        var s = result.Summary!;
        var t = s.Text;
        Console.WriteLine(CliText.Of("Import_Summary", s.DepartmentForm is null ? s.Form : s.Projects == 0 ? s.DepartmentForm : $"{s.Form} + {s.DepartmentForm}", s.Projects + (s.DepartmentForm is null ? 0 : 1),
            t.Read, t.Fields, t.Notes, t.Printed, t.Warned, t.Lost + t.Twice));
        // The folder as check reads it, in the same run: what is still missing or wrong is said now, not at the next build.
        PrintDiagnostics(result.Check);
        Console.WriteLine(CliText.Of("Import_Check", result.Check.Count(d => d.Severity == Severity.Error), result.Check.Count(d => d.Severity == Severity.Warning)));
        // check reads a content folder: the one the publication was imported into.
        var content = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder));
        Console.WriteLine(CliText.Of("Import_Next", string.IsNullOrEmpty(content) ? "." : content.Replace('\\', '/')));
        return Ok;
    }

    /// <summary>diff: a refused request (no repository, an unknown ref) is a usage error; a side that does not build, content errors.</summary>
    public static int Review(ReviewResult result)
    {
        if (result.Problem is not null)
        {
            Console.Error.WriteLine($"perfpublish: {result.Problem}");
            return Usage;
        }

        PrintDiagnostics(result.Diagnostics);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(CliText.Of("Review_Failed", Count(result.Diagnostics)));
            return ContentErrors;
        }

        foreach (var file in result.Written) Console.WriteLine(CliText.Of("Wrote", file.Replace('\\', '/')));
        var changed = result.Publications.Count(p => p.HasChanges);
        Console.WriteLine(CliText.Of("Review_Done", changed, result.Publications.Count - changed, Count(result.Diagnostics)));
        return Ok;
    }

    /// <summary>init: the defaults travel next to the tool (defaults/ in its package), and the manifest pins this very version.</summary>
    public static int Init(string folder, string? packageSource)
    {
        var tool = typeof(Report).Assembly;
        var version = tool.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        // A local folder is written as a full path, so nuget.config finds it from the repository's folder too.
        var source = packageSource is not null && Directory.Exists(packageSource) ? Path.GetFullPath(packageSource) : packageSource;
        var result = ContentRepository.Init(new InitRequest(folder, Path.Combine(AppContext.BaseDirectory, "defaults"), PackageId, version, source));
        if (result.Problem is not null)
        {
            Console.Error.WriteLine($"perfpublish: {result.Problem}");
            return Usage;
        }
        Console.WriteLine(CliText.Of("Init_Done", folder.Replace('\\', '/'), result.Created.Count));
        return Ok;
    }

    /// <summary>The package the tool is installed from (the project's name, PerfPublish.Cli).</summary>
    private const string PackageId = "PerfPublish.Cli";

    /// <summary>fix-encoding: shows each file and how its first Chinese lines will read, then converts when confirmed.</summary>
    public static int FixEncoding(string[] paths, bool yes)
    {
        var plan = EncodingFix.Plan(paths);
        foreach (var missing in plan.Missing) Console.Error.WriteLine($"perfpublish: {CliText.Of("Fix_Missing", missing)}");
        foreach (var unreadable in plan.Unreadable) Console.Error.WriteLine(CliText.Of("Fix_Unreadable", unreadable));
        foreach (var link in plan.Links) Console.Error.WriteLine(CliText.Of("Fix_Link", link));
        // Files left as they were (unreadable, or links) are for the user to look at: exit 1, as check would.
        var leftAlone = plan.Unreadable.Count + plan.Links.Count > 0;
        if (plan.Changes.Count == 0)
        {
            if (plan.Missing.Count == 0) Console.WriteLine(CliText.Of("Fix_NothingToDo", plan.AlreadyUtf8));
            return plan.Missing.Count > 0 ? Usage : leftAlone ? ContentErrors : Ok;
        }

        foreach (var change in plan.Changes)
        {
            Console.WriteLine(CliText.Of("Fix_Will", change.Path, change.From));
            foreach (var line in change.Preview) Console.WriteLine($"    {line}");
        }
        if (!yes && !Confirmed(plan.Changes.Count))
        {
            Console.WriteLine(CliText.Of("Fix_NotChanged"));
            return Ok;
        }

        var failed = false;
        foreach (var change in plan.Changes)
        {
            if (File.Exists(change.Backup))
            {
                Console.Error.WriteLine(CliText.Of("Fix_BackupExists", change.Path, change.Backup));
                failed = true;
                continue;
            }
            EncodingFix.Apply(change);
            Console.WriteLine(CliText.Of("Fix_Converted", change.Path, change.Backup));
        }
        return failed ? Failure : leftAlone ? ContentErrors : Ok;
    }

    /// <summary>Asks on a terminal; where nobody can answer (a pipe, CI) the answer is no, and --yes is the way to say yes.</summary>
    private static bool Confirmed(int count)
    {
        if (Console.IsInputRedirected) return false;
        Console.Write(CliText.Of("Fix_Confirm", count));
        return Console.ReadLine()?.Trim().ToLowerInvariant() is "y" or "yes" or "是";
    }

    public static async Task<int> Serve(ServeOptions options, CancellationToken cancellation)
    {
        try
        {
            await PreviewServer.RunAsync(options, Built,
                address => Console.WriteLine(CliText.Of("PreviewAt", address)),
                cancellation);
        }
        catch (ServePortException e)
        {
            // The port is the user's choice: a usage error, found before anything was built.
            Console.Error.WriteLine($"perfpublish: {e.Message}");
            return Usage;
        }
        Console.WriteLine(CliText.Of("PreviewStopped"));
        return Ok;
    }

    private static void Built(PreviewSite site)
    {
        PrintDiagnostics(site.Diagnostics);
        var outcome = CliText.Of(site.Succeeded ? "PreviewOk" : "PreviewFailed");
        Console.WriteLine(CliText.Of("PreviewBuilt", $"{DateTime.Now:HH:mm:ss}", site.Version, outcome, site.Took.TotalSeconds, Count(site.Diagnostics)));
    }

    private static void PrintDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Console.Error.WriteLine(diagnostic);
    }

    private static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        return CliText.Of("Count", errors, diagnostics.Count - errors);
    }
}
