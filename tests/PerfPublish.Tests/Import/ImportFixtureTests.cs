using PerfPublish.Publishing;
using PerfPublish.Diagnostics;
using PerfPublish.Tests.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Import;

/// <summary>
/// Word files made the way offices make them, one folder per case under Fixtures/import/&lt;profile&gt;/:
/// case.md says how the file was made and what it varies; the source the office had (source.html,
/// source.fodt, or docx/ — a Word package unzipped and edited by hand); input.docx made from it by
/// `build.ps1 import-fixtures`; expected/ the publication folder import must write; expected.txt the
/// diagnostics (in English), the summary (where the file's characters went) and what the check run by the import
/// says of the folder (what the editor must still add, such as a unit the form does not name). A missing expected file is written
/// from what came out and fails, like a new snapshot: review it, then commit it.
/// </summary>
public class ImportFixtureTests
{
    private static readonly string Corpus = Path.Combine(Repo.Fixtures, "import");

    public static TheoryData<string> Cases() =>
    [
        .. Directory.GetFiles(Corpus, "input.docx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Imports_to_the_expected_folder_with_the_expected_warnings_and_check_result(string name)
    {
        var folder = Path.Combine(Corpus, name);
        using var run = new ImportRun();
        var result = MessageLanguage.In(MessageLanguage.English, () => run.Import(File.ReadAllBytes(Path.Combine(folder, "input.docx"))));

        BadContentTests.AssertPrinted(Corpus, name, "expected.txt", Printed(result, run.Folder));
        Assert.True(result.Succeeded);
        var expected = Path.Combine(folder, "expected");
        var written = ImportedFiles(run.Folder);
        var missing = written.Where(f => !File.Exists(Path.Combine(expected, f.Key))).ToList();
        if (missing.Count > 0) WriteMissing(expected, missing);
        foreach (var (relative, text) in written) Assert.Equal(File.ReadAllText(Path.Combine(expected, relative)).ReplaceLineEndings("\n"), text);
        var stale = Directory.Exists(expected)
            ? Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f).Replace('\\', '/')).Except(written.Keys)
            : [];
        Assert.Empty(stale);

        // What import says check says is what check says: the check lines of expected.txt are the folder's own.
        var check = Pipeline.Check(new BuildOptions(Path.GetDirectoryName(run.Folder)!, Repo.Templates, Path.Combine(run.Root, "output")));
        Assert.Equal(result.Check.Select(d => d.Code + d.Message), check.Diagnostics.Select(d => d.Code + d.Message));
    }

    /// <summary>The diagnostics with the input's path cut to its name, one line of where the text went, then what check says of the folder.</summary>
    public static string Printed(PerfPublish.Import.ImportResult result, string folder)
    {
        var lines = result.Diagnostics.Select(d => (d with { Location = d.Location with { File = Path.GetFileName(d.Location.File) } }).ToString()).ToList();
        if (result.Summary is { } s)
            lines.Add($"summary: form {s.Form}, department form {s.DepartmentForm ?? "none"}, {s.Projects} projects; characters: {s.Text.Read} read, {s.Text.Fields} in fields, "
                + $"{s.Text.Notes} in notes, {s.Text.Printed} printed by the form, {s.Text.Warned} left out with a warning, {s.Text.Lost} lost, {s.Text.Twice} counted twice");
        lines.AddRange(result.Check.Select(d => "check: " + (d with { Location = d.Location with { File = Path.GetRelativePath(folder, Path.GetFullPath(d.Location.File)).Replace('\\', '/') } })));
        return string.Join("\n", lines);
    }

    /// <summary>Each imported file's text without its first line, the $schema comment whose relative path depends on where the test runs.</summary>
    private static SortedDictionary<string, string> ImportedFiles(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => string.Join("\n", File.ReadAllLines(f).Where(line => !line.StartsWith("# yaml-language-server:", StringComparison.Ordinal))) + "\n"),
            StringComparer.Ordinal);

    /// <summary>A new case's expected files: written from what came out (not in CI), then the test fails until they are reviewed and committed.</summary>
    private static void WriteMissing(string expectedFolder, IReadOnlyList<KeyValuePair<string, string>> missing)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            foreach (var (relative, text) in missing)
            {
                var path = Path.Combine(expectedFolder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

        Assert.Fail($"expected/ lacks {string.Join(", ", missing.Select(m => m.Key))}; review what was written there, then commit it");
    }
}
