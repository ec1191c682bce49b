using PerfPublish.Corpus;

namespace PerfPublish.Bench;

/// <summary>
/// The harness's arguments: which sizes, which perfpublish, where to write. Defaults are the four sizes.
/// --cli times every build; --jit-cli (the JIT build) and --manifest-cli (`dotnet perfpublish` from a tool manifest)
/// are timed beside it where start-up counts: a single publication, and the rebuild after one edit.
/// </summary>
public sealed record BenchOptions(
    IReadOnlyList<CorpusShape> Sizes,
    string Cli,
    string? JitCli,
    string? ManifestCli,
    string Seed,
    string Templates,
    string Output,
    int? Runs,
    bool Pdf,
    bool Stages,
    bool NoPandoc,
    double? CheckSeconds)
{
    public static readonly string DefaultSizes = "1x3,1x50,50x10,200x20";

    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        var runs = Value("--runs", "");
        return new BenchOptions(
            [.. Value("--sizes", DefaultSizes).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(CorpusShape.Parse)],
            Value("--cli", "src/PerfPublish.Cli/bin/Release/net10.0/PerfPublish.Cli.dll"),
            args.Contains("--jit-cli") ? Value("--jit-cli", "") : null,
            args.Contains("--manifest-cli") ? Value("--manifest-cli", "") : null,
            Value("--seed", "content/2021-632001"),
            Value("--templates", "templates"),
            Value("--output", "output/bench"),
            runs.Length > 0 ? int.Parse(runs) : null,
            args.Contains("--pdf"),
            args.Contains("stages"),
            args.Contains("--no-pandoc"),
            Value("--check-seconds", "") is { Length: > 0 } check ? double.Parse(check, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    /// <summary>Small corpora are timed several times (the median counts); large ones once.</summary>
    public int RunsFor(CorpusShape shape) => Runs ?? (shape.Publications * shape.Projects <= 200 ? 5 : 1);
}
