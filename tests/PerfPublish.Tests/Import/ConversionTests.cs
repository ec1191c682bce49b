using System.Diagnostics;
using PerfPublish.Tests.Support;
using PerfPublish.Tests.Write.Pdf;

namespace PerfPublish.Tests.Import;

/// <summary>
/// Each example's DOCX (one per profile) after LibreOffice opened and saved it (as an office's Word would):
/// saved again as DOCX, through ODT and back, and as an old .doc (which import converts itself) imports to
/// the same content as the DOCX the build wrote. Only the comment naming the source file differs.
/// </summary>
public class ConversionTests
{
    public static TheoryData<string> Examples() => [.. ExampleDocx.Examples];

    [LibreOfficeTheory]
    [MemberData(nameof(Examples))]
    public void Through_odt_and_back_imports_to_the_same_content(string example) =>
        AssertSameContent(example, Convert(Convert(ExampleDocx.Of(example), ".docx", "odt"), ".odt", "docx:MS Word 2007 XML"), ".docx");

    /// <summary>An .odt is a zip too, but no Word package: it goes to LibreOffice as the docs promise, not to PP0601.</summary>
    [LibreOfficeFact]
    public void A_real_odt_is_converted_and_imports_to_the_same_content() =>
        AssertSameContent("2021-632001", Convert(SeedDocx.Bytes, ".docx", "odt"), ".odt");

    [LibreOfficeFact]
    public void The_seed_resaved_by_libreoffice_as_docx_imports_to_the_same_content() =>
        AssertSameContent("2021-632001", Convert(SeedDocx.Bytes, ".docx", "docx:MS Word 2007 XML"), ".docx");

    [LibreOfficeTheory]
    [MemberData(nameof(Examples))]
    public void As_an_old_doc_is_converted_and_imports_to_the_same_content(string example) =>
        AssertSameContent(example, Convert(ExampleDocx.Of(example), ".docx", "doc:MS Word 97"), ".doc");

    [LibreOfficeFact]
    public void An_office_typed_html_file_is_converted_and_imported_with_its_stray_remark_as_a_note()
    {
        // Fixtures/import/office-typed.html: bold titles, a borderless unit table, a merge typed as repeated text
        // and as an empty cell, 其中:　财政资金, 6.0万元, 25%, goals in one paragraph, and a remark under the form.
        using var run = new ImportRun { Extension = ".html" };
        var result = run.Import(File.ReadAllBytes(Path.Combine(Repo.Fixtures, "import", "office-typed.html")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var note = Assert.Single(result.Diagnostics);
        Assert.Matches(@"input\.html\(paragraph \d+\): warning PP0607: .*备注：本表由财务科填报。", note.ToString());
        Assert.Equal((1, PerfPublish.Import.ImportLedger.Significant("备注：本表由财务科填报。")), (result.Summary!.Projects, result.Summary.Text.Notes));
        var project = run.Read("projects/01-13030421demo0000001.yaml");
        Assert.Contains("budget:\n  total: 6.00\n  fiscal: 6.00\n  other: 0.00\n", project);
        Assert.Contains("spending_plan:\n  march: 25\n  june: 50\n", project);
        Assert.Contains("goals:\n  - 按时完成示范任务。\n  - 提高服务对象满意度\n", project);
        Assert.Contains("      - level2: 时效指标\n", project);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(project, "level1: 产出指标"));
        Assert.Contains("unit:\n  code: \"632099\"\n  name: 北戴河区示范中心(本级)\ncurrency_unit: 万元\n", run.Read("publication.yaml"));
        Assert.True(PerfPublish.Publishing.Pipeline.Check(new PerfPublish.Publishing.BuildOptions(Path.GetDirectoryName(run.Folder)!, Repo.Templates, Path.Combine(run.Root, "output"))).Succeeded);
    }

    [LibreOfficeTheory]
    [InlineData(".html")]
    [InlineData(".fodt")]
    public void Converting_a_file_asks_nothing_of_the_addresses_it_links_to(string extension)
    {
        // A picture, a style sheet, a frame and a linked section on 127.0.0.1: nothing may be fetched.
        using var counter = new ConnectionCounter();
        using var run = new ImportRun { Extension = extension };
        var file = extension == ".html" ? LinkingDocuments.Html(counter.Url("linked")) : LinkingDocuments.FlatOdt(counter.Url("linked"));

        var result = run.Import(file);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == PerfPublish.Diagnostics.Codes.ImportConvert);
        Assert.Equal(0, counter.Connections);
        Assert.Equal(PerfPublish.Office.NetworkIsolation.Current.Notice is { } notice ? [notice] : [], result.Notices);
    }

    private static void AssertSameContent(string example, byte[] file, string extension)
    {
        using var direct = new ImportRun();
        Assert.True(direct.Import(ExampleDocx.Of(example)).Succeeded);
        using var converted = new ImportRun { Extension = extension };
        var result = converted.Import(file);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var expected = Files(direct.Folder);
        var actual = Files(converted.Folder);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, text) in expected) Assert.Equal(text, actual[name]);
    }

    /// <summary>The imported files' text without the line that names the source file.</summary>
    private static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => string.Join("\n", File.ReadAllLines(f).Where(line => !line.Contains("由 perfpublish import 从")))), StringComparer.Ordinal);

    private static byte[] Convert(byte[] file, string extension, string filter)
    {
        var folder = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "input" + extension);
            File.WriteAllBytes(input, file);
            var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { $"-env:UserInstallation={new Uri(Path.Combine(folder, "profile")).AbsoluteUri}", "--headless", "--convert-to", filter, "--outdir", Path.Combine(folder, "out"), input })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)));
            return File.ReadAllBytes(Directory.GetFiles(Path.Combine(folder, "out")).Single());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
