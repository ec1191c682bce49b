using System.Diagnostics;
using System.Text.RegularExpressions;
using PerfPublish.Publishing;
using PerfPublish.Tests.Import;
using PerfPublish.Tests.Support;
using Xunit.Abstractions;

namespace PerfPublish.Tests.Fuzz;

/// <summary>
/// Imports randomly broken copies of the shipped examples' DOCX (the seed's, the central and the department
/// form, in turn), case after case, into one folder (with --force).
/// Whatever the file: no exception escapes, every diagnostic is one well-formed line, nothing is written
/// outside the target folder, an import that succeeds leaves content that `check` reads without crashing, and conserves
/// the file's text (Conservation: nothing lost, nothing counted twice). Every fourth case is a copy wrapped the ways
/// real Word files differ, text unchanged (DocxMutator.Wrap): it must import. CI runs a few hundred cases; `dotnet pwsh build.ps1 fuzz-import [cases] [seed]` runs
/// 10,000 or more (PERFPUBLISH_FUZZ_CASES, PERFPUBLISH_FUZZ_SEED).
/// </summary>
public partial class ImportFuzzTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"\((table \d+, row \d+(, cell \d+(, nested table \d+)?)?|paragraph \d+|table|\d+,\d+)\): (error|warning) PP\d{4}: [^\n]+$")]
    private static partial Regex WellFormed();

    [Fact]
    public void Random_breakage_never_crashes_and_never_writes_outside_the_target()
    {
        var cases = FuzzRun.Cases;
        var seed = FuzzRun.Seed;
        var examples = ExampleDocx.Examples.Select(ExampleDocx.Of).ToList();
        using var run = new ImportRun();
        var failures = new List<string>();
        int imported = 0, refused = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < cases && failures.Count < 10; i++)
        {
            // Every fourth case is wrapped the ways real Word files are, its text unchanged: then nothing may be lost either.
            var mutator = new DocxMutator(new Random(FuzzRun.CaseSeed(seed, i)));
            var wraps = i % 4 == 3;
            var (file, mutation) = wraps ? mutator.Wrap(examples[i % examples.Count]) : mutator.Mutate(examples[i % examples.Count]);
            var problem = RunCase(run, file, ref imported, ref refused, wraps);
            if (problem is not null) failures.Add($"case {i} (seed {seed}, {ExampleDocx.Examples[i % examples.Count]}): {mutation}\n    {problem}");
        }

        output.WriteLine($"{cases} cases in {clock.Elapsed.TotalSeconds:0.0} s ({imported} imported, {refused} refused), seed {seed}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Found by fuzz-import 2000 20261202: the Hunan example's label 农产品/质量/安全/抽检/合格率 (line breaks between words)
    /// with its run 安全 moved away left an empty line in the cell. The note was written with an empty piece
    /// (农产品 / 质量 /  / 抽检 / 合格率), which is not the text as a reader sees it; a note now shows the cell's lines
    /// cleaned, as the ledger counts them.
    /// </summary>
    [Fact]
    public void A_note_from_a_cell_with_an_empty_line_shows_the_cell_as_read()
    {
        const int seed = 20261202, index = 679;
        var examples = ExampleDocx.Examples.Select(ExampleDocx.Of).ToList();
        var (file, _) = new DocxMutator(new Random(FuzzRun.CaseSeed(seed, index))).Wrap(examples[index % examples.Count]);
        using var run = new ImportRun();
        var imported = 0;
        var refused = 0;

        Assert.Null(RunCase(run, file, ref imported, ref refused, keepsText: true));
    }

    private static string? RunCase(ImportRun run, byte[] file, ref int imported, ref int refused, bool keepsText)
    {
        try
        {
            var result = run.Import(file, force: true);
            var malformed = result.Diagnostics.FirstOrDefault(d => !WellFormed().IsMatch(d.ToString()) || d.Message.Contains("   at "));
            if (malformed is not null) return $"malformed diagnostic: {malformed}";
            var outside = run.FilesWritten().FirstOrDefault(f => !f.StartsWith("out/publication/", StringComparison.Ordinal));
            if (outside is not null) return $"a file outside the target: {outside}";
            if (!result.Succeeded)
            {
                refused++;
                return keepsText ? $"a wrapped file refused: {string.Join("; ", result.Diagnostics)}" : null;
            }

            imported++;
            if (!File.Exists(Path.Combine(run.Folder, "publication.yaml"))) return "a successful import without publication.yaml";
            if (Conservation.Problems(file, result, run.Folder) is { Count: > 0 } problems) return string.Join("\n    ", problems);
            Pipeline.Check(new BuildOptions(Path.GetDirectoryName(run.Folder)!, Repo.Templates, Path.Combine(run.Root, "output")));
            return null;
        }
        catch (Exception e)
        {
            return $"unhandled {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
    }
}
