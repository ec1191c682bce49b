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
        // These tests are about the command line, not the PDF: LibreOffice would only add time.
        start.Environment["PERFPUBLISH_PDF"] = "off";
        // The wording asserted here is the English; Chinese, the default, has its own tests that say --lang zh.
        start.Environment["PERFPUBLISH_LANG"] = "en";
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

    [Theory]
    [InlineData("")]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("new")]
    [InlineData("new publication")]
    [InlineData("new project")]
    [InlineData("serve")]
    public void Every_command_has_help_with_an_example(string command)
    {
        var (exit, output, _) = Run(Path.GetTempPath(), [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Example:", output);
        Assert.Contains($"perfpublish {command}".Trim(), output);
    }

    [Fact]
    public void The_root_help_documents_the_exit_codes()
    {
        var (_, output, _) = Run(Path.GetTempPath(), "--help");

        Assert.Contains("0 ok", output);
        Assert.Contains("1 content errors", output);
        Assert.Contains("2 usage error", output);
        Assert.Contains("3 input/output failure", output);
    }

    [Fact]
    public void Progress_is_printed_as_plain_lines_when_output_is_not_a_terminal()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);

        var (exit, output, _) = Run(content.Root, "check", "--templates", Repo.Templates);

        Assert.Equal(0, exit);
        Assert.Contains("check [1/1] publication", output.ReplaceLineEndings("\n").Split('\n'));
        Assert.DoesNotContain("\u001b[", output);
    }

    [Fact]
    public void New_publication_makes_a_folder_whose_check_lists_every_placeholder_to_fill_in()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var schemas = Path.Combine(Repo.Root, "schemas");

        var made = Run(content.Root, "new", "publication", "content/2022-632001", "--year", "2022", "--unit-code", "632001",
            "--templates", Repo.Templates, "--schemas", schemas);
        var project = Run(content.Root, "new", "project", "content/2022-632001", "office-equipment", "--templates", Repo.Templates, "--schemas", schemas);
        var check = Run(content.Root, "check", "--templates", Repo.Templates);

        Assert.Equal(0, made.Exit);
        Assert.Contains("created content/2022-632001/publication.yaml", made.Out);
        Assert.Equal(0, project.Exit);
        Assert.Contains("created content/2022-632001/projects/02-office-equipment.yaml", project.Out);
        Assert.Equal(1, check.Exit);
        Assert.Contains("content/2022-632001/projects/02-office-equipment.yaml(6,7): error PP0215:", check.Error);
        Assert.DoesNotContain("content/publication/", check.Error);
        var publication = File.ReadAllText(Path.Combine(content.Root, "content", "2022-632001", "publication.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=", publication);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(content.Root, "content", "2022-632001",
            publication.Split('\n')[0]["# yaml-language-server: $schema=".Length..].Trim()))), "the schema reference resolves to the schema file");
    }

    [Fact]
    public void New_refuses_to_write_into_a_folder_that_has_content_with_exit_code_2()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);

        var (exit, _, error) = Run(content.Root, "new", "publication", "content/publication", "--templates", Repo.Templates);

        Assert.Equal(2, exit);
        Assert.Contains("already exists and is not empty", error);
        Assert.True(File.Exists(Path.Combine(content.Path, "publication.yaml")));
    }

    [Fact]
    public void Serve_on_a_port_in_use_exits_with_3_and_says_so()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, _, error) = Run(content.Root, "serve", "--templates", Repo.Templates, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(3, exit);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", error);
        Assert.DoesNotContain("   at ", error);
    }
}
