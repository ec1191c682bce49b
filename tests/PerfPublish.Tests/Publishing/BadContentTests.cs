using System.Globalization;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Publishing;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Publishing;

/// <summary>
/// The bad-content corpus: each folder under Fixtures/bad holds files that replace the seed's
/// (a "name.deleted" file deletes "name"), a README saying what is wrong, and expected.txt with the
/// diagnostics a build must print in English, expected.zh.txt the same in Chinese (the default language),
/// paths relative to the publication folder. A "name.repeat-N" file writes "name" as its text N times,
/// so a huge file need not be kept in the repository.
/// </summary>
public class BadContentTests
{
    private static readonly string Corpus = Path.Combine(Repo.Fixtures, "bad");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(Corpus).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    /// <summary>The expected file of each language: the code and the 'file(line,col): error PPnnnn:' prefix are the same in both.</summary>
    internal static readonly (CultureInfo Language, string File)[] ExpectedFiles =
    [
        (MessageLanguage.English, "expected.txt"),
        (MessageLanguage.Chinese, "expected.zh.txt"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prints_the_expected_diagnostics_and_writes_nothing_on_error(string name)
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        Overlay(Path.Combine(Corpus, name), content.Path);

        foreach (var (language, expected) in ExpectedFiles)
        {
            // The corpus is about diagnostics: the PDF step (LibreOffice) adds minutes and nothing to check here.
            var result = MessageLanguage.In(language, () =>
                Pipeline.Build(new BuildOptions(content.Content, Repo.Templates, content.Output) { RenderPdf = false }));

            AssertPrinted(Corpus, name, expected, Printed(result.Diagnostics, content.Path));
            if (!result.Succeeded) Assert.False(Directory.Exists(content.Output), "a failed build must not write output");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_reports_exactly_what_the_build_reports(string name)
    {
        using var content = TempContent.CopyOf(Repo.SeedPublication);
        Overlay(Path.Combine(Corpus, name), content.Path);

        foreach (var (language, expected) in ExpectedFiles)
        {
            var result = MessageLanguage.In(language, () => Pipeline.Check(new BuildOptions(content.Content, Repo.Templates, content.Output)));

            AssertPrinted(Corpus, name, expected, Printed(result.Diagnostics, content.Path));
            Assert.False(Directory.Exists(content.Output), "check writes nothing");
        }
    }

    /// <summary>
    /// Compares with the case's expected file. A case without its file (a new case, or a new language) gets
    /// one written from what was printed, and fails, like a new snapshot: review it, then commit it.
    /// In CI a missing file is only a failure.
    /// </summary>
    internal static void AssertPrinted(string corpus, string name, string expectedFile, string printed)
    {
        var path = Path.Combine(corpus, name, expectedFile);
        if (!File.Exists(path))
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))) File.WriteAllText(path, printed + "\n");
            Assert.Fail($"{name}/{expectedFile} is missing; it should hold:\n{printed}");
        }
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd(), printed);
    }

    /// <summary>The diagnostics as printed, with paths (in locations and messages) relative to the publication.</summary>
    internal static string Printed(IEnumerable<Diagnostic> diagnostics, string publicationFolder)
    {
        var prefix = SourceFile.DisplayPath(publicationFolder) + "/";
        return string.Join("\n", diagnostics.Select(d => d with
        {
            Location = d.Location with { File = Relative(d.Location.File, publicationFolder) },
            Message = d.Message.Replace(prefix, ""),
        }));
    }

    private static string Relative(string displayPath, string publicationFolder)
    {
        var full = Path.GetFullPath(displayPath);
        var underRepo = Path.GetRelativePath(Repo.Root, full);
        return (full.StartsWith(Repo.Root, StringComparison.Ordinal) ? underRepo : Path.GetRelativePath(publicationFolder, full)).Replace('\\', '/');
    }

    private static byte[] Repeat(byte[] bytes, int times) => [.. Enumerable.Repeat(bytes, times).SelectMany(b => b)];

    internal static void Overlay(string caseFolder, string publication)
    {
        foreach (var file in Directory.GetFiles(caseFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(caseFolder, file);
            if (relative is "README.md" or "expected.txt" or "expected.zh.txt") continue;
            var target = Path.Combine(publication, relative);
            var repeat = System.Text.RegularExpressions.Regex.Match(target, @"\.repeat-(\d+)$");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (target.EndsWith(".deleted", StringComparison.Ordinal)) File.Delete(target[..^".deleted".Length]);
            else if (repeat.Success) File.WriteAllBytes(target[..repeat.Index], Repeat(File.ReadAllBytes(file), int.Parse(repeat.Groups[1].Value)));
            else File.Copy(file, target, overwrite: true);
        }
    }
}
