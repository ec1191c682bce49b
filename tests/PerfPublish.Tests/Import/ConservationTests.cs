using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Import;

/// <summary>
/// The conservation invariant (DESIGN.md, truth rules) on every Word file import is tested with: each fixture under
/// Fixtures/import and each shipped example's DOCX. Nothing of the accepted text is lost, nothing counted twice, and
/// every field and note the ledger names is in the file written. Mutated files: ConservationPropertyTests.
/// </summary>
public class ConservationTests
{
    public static TheoryData<string> Fixtures() => ImportFixtureTests.Cases();

    public static TheoryData<string> Examples() => [.. ExampleDocx.Examples];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_character_of_a_fixture_goes_to_exactly_one_field_note_or_printed_word(string name) =>
        AssertConserved(File.ReadAllBytes(Path.Combine(Repo.Fixtures, "import", name, "input.docx")));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_character_of_an_example_goes_to_exactly_one_field_note_or_printed_word(string example) =>
        AssertConserved(ExampleDocx.Of(example));

    private static void AssertConserved(byte[] docx)
    {
        using var run = new ImportRun();
        var result = run.Import(docx);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var problems = Conservation.Problems(docx, result, run.Folder);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
