using System.CommandLine;
using PerfPublish.Build;

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
            Console.Error.WriteLine("Run 'perfpublish --help' for usage.");
            return Usage;
        }

        try
        {
            return parsed.Invoke();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"perfpublish: error PP0401: {e.Message}");
            return Failure;
        }
    }

    public static int Build(BuildResult result)
    {
        PrintDiagnostics(result);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {Count(result)}. Nothing was written; the previous output is unchanged.");
            return ContentErrors;
        }

        foreach (var file in result.WrittenFiles) Console.WriteLine($"wrote {file.Replace('\\', '/')}");
        Console.WriteLine($"Build succeeded: {result.WrittenFiles.Count} files, {Count(result)}.");
        return Ok;
    }

    public static int Check(BuildResult result)
    {
        PrintDiagnostics(result);
        Console.WriteLine(result.Succeeded ? $"Check passed: {Count(result)}." : $"Check failed: {Count(result)}.");
        return result.Succeeded ? Ok : ContentErrors;
    }

    private static void PrintDiagnostics(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
    }

    private static string Count(BuildResult result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        return $"{errors} error(s), {warnings} warning(s)";
    }
}
