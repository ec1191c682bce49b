using FsCheck;
using FsCheck.Fluent;
using PerfPublish.Tests.Fuzz;
using PerfPublish.Tests.Support;
using Xunit.Abstractions;

namespace PerfPublish.Tests.Import;

/// <summary>
/// The conservation invariant as a property (FsCheck): any fixture or example, with any list of Word's wrappings
/// applied (<see cref="WordWrapper"/>: content controls, custom XML and smart tags at every level, tracked insertions,
/// deletions and moves, text boxes, nested tables, page-split tables), imports with every character of its accepted
/// text in exactly one field, note or printed word, each field and note in the file written. Seeded and reproducible
/// (PERFPUBLISH_FUZZ_SEED, a third of PERFPUBLISH_FUZZ_CASES, as the fuzz tests); a failure shrinks to the fewest steps.
/// </summary>
public class ConservationPropertyTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Docx)>> Inputs = new(() =>
    [
        .. ImportFixtureTests.Cases().Select<object[], string>(c => (string)c[0])
            .Where(name => !name.EndsWith("long-table", StringComparison.Ordinal))
            .Select(name => (name, File.ReadAllBytes(Path.Combine(Repo.Fixtures, "import", name, "input.docx")))),
        .. ExampleDocx.Examples.Select(e => (e, ExampleDocx.Of(e))),
    ]);

    /// <summary>One case: which input, and the wrapping steps applied to it.</summary>
    public sealed record Wrapped(int Input, int[] Steps)
    {
        public override string ToString() => $"{Inputs.Value[Input].Name} with steps [{string.Join(", ", Steps)}]";
    }

    [Fact]
    public void Wrapped_files_keep_every_character_in_one_field_note_or_printed_word()
    {
        var cases = Math.Max(20, FuzzRun.Cases / 3);
        var property = Prop.ForAll(Arbitrary(), wrapped => Holds(wrapped));
        // FsCheck's generator is seeded from the run's seed: the same seed replays the same cases.
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithReplay((ulong)FuzzRun.Seed, 0x9E3779B97F4A7C15UL | 1), property);
        output.WriteLine($"{cases} wrapped files imported with nothing lost or counted twice, seed {FuzzRun.Seed}");
    }

    private static Arbitrary<Wrapped> Arbitrary()
    {
        var steps = Gen.Choose(0, 1_000_000).ArrayOf().Select(s => s.Take(6).ToArray());
        var generator = Gen.Choose(0, Inputs.Value.Count - 1).SelectMany(input => steps.Select(s => new Wrapped(input, s)));
        return Arb.From(generator, Shrink);
    }

    /// <summary>Fewer steps first, each one left out in turn: a failure comes down to the one wrapping that breaks it.</summary>
    private static IEnumerable<Wrapped> Shrink(Wrapped wrapped) =>
        Enumerable.Range(0, wrapped.Steps.Length).Select(i => wrapped with { Steps = [.. wrapped.Steps.Where((_, j) => j != i)] });

    private static bool Holds(Wrapped wrapped)
    {
        var (docx, description) = WordWrapper.Apply(Inputs.Value[wrapped.Input].Docx, wrapped.Steps);
        using var run = new ImportRun();
        var result = run.Import(docx);
        var problems = result.Succeeded ? Conservation.Problems(docx, result, run.Folder) : [.. result.Diagnostics.Select(d => d.ToString())];
        if (problems.Count > 0) throw new Xunit.Sdk.XunitException($"{wrapped} ({description}):\n{string.Join("\n", problems)}");
        return true;
    }
}
