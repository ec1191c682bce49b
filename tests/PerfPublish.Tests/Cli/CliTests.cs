using System.Diagnostics;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Cli;

/// <summary>The command-line tool as a user runs it: exit codes, the diagnostic format, no stack traces.</summary>
public class CliTests
{
    private static (int Exit, string Out, string Error) Run(string workingFolder, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "PerfPublish.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Build_succeeds_with_exit_code_0_and_lists_what_it_wrote()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);

        var (exit, output, _) = Run(content.Root, "build", "--templates", Repo.Templates);

        Assert.Equal(0, exit);
        Assert.Contains("wrote output/site/publication/publication.docx", output);
    }

    [Fact]
    public void Content_errors_exit_with_1_in_the_compiler_format_without_a_stack_trace()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        content.Replace("projects/01-land-exchange-center.yaml", "  total: 6.00", "  total: 6.50");

        var (exit, _, error) = Run(content.Root, "check", "--templates", Repo.Templates);

        Assert.Equal(1, exit);
        Assert.Contains("content/publication/projects/01-land-exchange-center.yaml(6,10): error PP0201:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_usage_error_exits_with_2()
    {
        var (exit, _, error) = Run(Path.GetTempPath(), "build", "--no-such-option");

        Assert.Equal(2, exit);
        Assert.Contains("--no-such-option", error);
    }

    [Fact]
    public void Every_command_has_help_with_an_example()
    {
        foreach (var command in new[] { "build", "check" })
        {
            var (exit, output, _) = Run(Path.GetTempPath(), command, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("Example:", output);
        }
    }
}
