using System.Diagnostics;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Cli;

/// <summary>The command-line tool as a user runs it: exit codes, the diagnostic format, no stack traces.</summary>
public class CliTests
{
    private static (int Exit, string Out, string Error) Run(string workingFolder, params string[] args) =>
        RunIn("en", workingFolder, args);

    /// <summary>Runs the tool with PERFPUBLISH_LANG set to <paramref name="language"/>, or unset ("") for the default.</summary>
    internal static (int Exit, string Out, string Error) RunIn(string language, string workingFolder, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "PerfPublish.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        // These tests are about the command line, not the PDF: LibreOffice would only add time.
        start.Environment["PERFPUBLISH_PDF"] = "off";
        // The wording asserted here is mostly the English; Chinese, the default, has its own tests below.
        start.Environment.Remove("PERFPUBLISH_LANG");
        if (language.Length > 0) start.Environment["PERFPUBLISH_LANG"] = language;
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A command that should end but serves or waits instead must fail the test, not hang the run.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"perfpublish {string.Join(' ', args)} did not end within 5 minutes");
        }
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

    /// <summary>The seed with 预算数 6.50 where the sources add up to 6.00: one error (PP0201) and one warning (PP0210).</summary>
    private static TempContent SeedWithWrongTotal()
    {
        var content = TempContent.CopyOf(Repo.SeedPublication);
        content.Replace("projects/01-land-exchange-center.yaml", "  total: 6.00", "  total: 6.50");
        return content;
    }

    [Fact]
    public void Content_errors_exit_with_1_in_the_compiler_format_without_a_stack_trace()
    {
        using var content = SeedWithWrongTotal();

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
    [InlineData("fix-encoding")]
    [InlineData("init")]
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
    public void Serve_on_a_port_in_use_is_a_usage_error_found_before_building()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, output, error) = Run(content.Root, "serve", "--templates", Repo.Templates, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, exit);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", error);
        Assert.DoesNotContain("build 1", output);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("80000")]
    [InlineData("-1")]
    [InlineData("65536")]
    public void Serve_with_a_port_out_of_range_is_a_usage_error_found_before_building(string port)
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);

        var (exit, output, error) = Run(content.Root, "serve", "--templates", Repo.Templates, "--port", port);

        Assert.Equal(2, exit);
        Assert.Contains($"--port {port} is not a port", error);
        Assert.DoesNotContain("build 1", output);
        Assert.DoesNotContain("internal error", error);
    }

    [Fact]
    public void Chinese_is_the_default_and_lang_en_gives_the_same_diagnostics_in_English()
    {
        using var content = SeedWithWrongTotal();
        const string at = "content/publication/projects/01-land-exchange-center.yaml(6,10): error PP0201: ";

        var chinese = RunIn("", content.Root, "check", "--templates", Repo.Templates);
        var english = RunIn("", content.Root, "check", "--templates", Repo.Templates, "--lang", "en");
        var byVariable = RunIn("en", content.Root, "check", "--templates", Repo.Templates);

        Assert.Equal(1, chinese.Exit);
        Assert.Contains(at + "预算数 6.50 ≠ 财政资金 6.00 + 其他资金 0.00（= 6.00）；预算数应等于各项之和", chinese.Error);
        Assert.Contains("检查未通过：1 个错误，1 个警告。", chinese.Out);
        Assert.Equal(1, english.Exit);
        Assert.Contains(at + "预算数 6.50 ≠ 财政资金 6.00 + 其他资金 0.00 (= 6.00); the total must equal its parts added up", english.Error);
        Assert.Contains("Check failed: 1 error(s), 1 warning(s).", english.Out);
        Assert.Equal(english.Error, byVariable.Error);
    }

    [Fact]
    public void The_help_is_in_Chinese_by_default()
    {
        var (exit, output, _) = RunIn("", Path.GetTempPath(), "check", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("只检查内容（很快）", output);
        Assert.Contains("示例:", output);
        // System.CommandLine's own headings too (its zh-Hans satellite, found despite invariant globalization).
        Assert.Contains("用法:", output);
        Assert.Contains("--lang", output);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var (exit, _, error) = Run(Path.GetTempPath(), "check", "--lang", "fr");

        Assert.Equal(2, exit);
        Assert.Contains("fr", error);
    }

    [Fact]
    public void Check_format_gitlab_writes_the_code_quality_report_on_standard_output()
    {
        using var content = SeedWithWrongTotal();

        var (exit, output, error) = Run(content.Root, "check", "--templates", Repo.Templates, "--format", "gitlab");

        Assert.Equal(1, exit);
        using var report = System.Text.Json.JsonDocument.Parse(output);
        var issues = report.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, issues.Count);
        var sum = issues.Single(i => i.GetProperty("check_name").GetString() == "PP0201");
        Assert.Equal("major", sum.GetProperty("severity").GetString());
        Assert.Equal("content/publication/projects/01-land-exchange-center.yaml", sum.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(6, sum.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Equal(64, sum.GetProperty("fingerprint").GetString()!.Length);
        Assert.Equal("minor", issues.Single(i => i.GetProperty("check_name").GetString() == "PP0210").GetProperty("severity").GetString());
        Assert.Contains("error PP0201:", error);
    }

    [Fact]
    public void Fix_encoding_shows_the_change_then_converts_a_GBK_file_and_keeps_a_backup()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var file = Path.Combine(content.Path, "safeguards.md");
        var utf8 = File.ReadAllBytes(file);
        var gbk = System.Text.Encoding.GetEncoding("GBK").GetBytes(File.ReadAllText(file));
        File.WriteAllBytes(file, gbk);

        var check = Run(content.Root, "check", "--templates", Repo.Templates);
        var shown = Run(content.Root, "fix-encoding", "content");
        var unchanged = File.ReadAllBytes(file);
        var fixedUp = Run(content.Root, "fix-encoding", "content", "--yes");
        var again = Run(content.Root, "check", "--templates", Repo.Templates);

        Assert.Equal(1, check.Exit);
        Assert.Contains("content/publication/safeguards.md(1,1): error PP0003: the file is saved as GBK (Windows Notepad's \"ANSI\"), not UTF-8", check.Error);
        Assert.Contains("perfpublish fix-encoding content/publication/safeguards.md", check.Error);
        Assert.Equal(0, shown.Exit);
        Assert.Contains("content/publication/safeguards.md: GBK → UTF-8; it will read:", shown.Out);
        Assert.Contains("    完善制度建设。", shown.Out);
        Assert.Contains("Nothing was changed", shown.Out);
        Assert.Equal(gbk, unchanged);
        Assert.Equal(0, fixedUp.Exit);
        Assert.Equal(utf8, File.ReadAllBytes(file));
        Assert.Equal(gbk, File.ReadAllBytes(file + ".gbk.bak"));
        Assert.Equal(0, again.Exit);
    }

    [UnixFact]
    public void Fix_encoding_leaves_a_linked_content_file_alone_and_says_so_with_exit_code_1()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var outside = Path.Combine(content.Root, "shared.md");
        var gbk = System.Text.Encoding.GetEncoding("GBK").GetBytes("完善制度建设。\n");
        File.WriteAllBytes(outside, gbk);
        var link = Path.Combine(content.Path, "safeguards.md");
        File.Delete(link);
        File.CreateSymbolicLink(link, outside);

        var (exit, _, error) = Run(content.Root, "fix-encoding", "content", "--yes");

        Assert.Equal(1, exit);
        Assert.Contains("content/publication/safeguards.md: a symbolic link, left as it is", error);
        Assert.Equal(outside, new FileInfo(link).LinkTarget);
        Assert.Equal(gbk, File.ReadAllBytes(outside));
    }

    [Fact]
    public void Init_refuses_an_http_package_source_with_exit_code_2()
    {
        var folder = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));

        var (exit, _, error) = Run(Path.GetTempPath(), "init", folder, "--package-source", "http://nuget.czj.example.gov.cn/v3/index.json");

        Assert.Equal(2, exit);
        Assert.Contains("http:// is not accepted", error);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty()
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);

        var (exit, _, error) = Run(content.Root, "init", "content");

        Assert.Equal(2, exit);
        Assert.Contains("already exists and is not empty", error);
    }
}
