using System.Text;

namespace PerfPublish.Bench;

/// <summary>
/// Issue 23's targets beside what this run measured (and pandoc, in the same run, where a target compares with
/// it). A target whose size was not run says which size or option gives it, never a figure from elsewhere.
/// </summary>
public static class BenchTargets
{
    private sealed record Row(string Target, string Measured, string Pandoc, bool? Met);

    public static string Markdown(IReadOnlyList<SizeResult> results, double? checkSeconds)
    {
        SizeResult? Size(string size) => results.FirstOrDefault(r => r.Size == size);
        var rows = new List<Row>
        {
            Compared("seed, cold, as installed ≤ pandoc", Size("1×3"), 1.0, "run size 1x3", Size("1×3")?.CleanManifest),
            Compared("200×20 DOCX + HTML + data ≤ 0.10× pandoc", Size("200×20"), 0.10, "run size 200x20"),
            Memory("200×20", Size("200×20")),
            Memory("1000×20", Size("1000×20")),
            Pdf("PDF ≤ 0.3 s per seed-sized publication, 20 of them", Size("20×3"), 0.3),
            Pdf("PDF ≤ 1.5 s per 20-project publication", Size("20×20") ?? Size("200×20"), 1.5),
            Size("200×20")?.Rebuild is { } rebuild
                ? new Row("one edit in 200×20 ≤ 0.5 s", $"{rebuild.WallSeconds:0.00} s{AsManifest(Size("200×20")!.RebuildManifest, null)}", "—", rebuild.WallSeconds <= 0.5)
                : new Row("one edit in 200×20 ≤ 0.5 s", "not run (size 200x20)", "—", null),
            checkSeconds is { } check
                ? new Row("`build.ps1 check`, nothing changed ≤ 3 s", $"{check:0.00} s", "—", check <= 3)
                : new Row("`build.ps1 check`, nothing changed ≤ 3 s", "not run (build.ps1 bench times it)", "—", null),
        };

        var md = new StringBuilder().AppendLine("| target | this run | pandoc, same run | met |").AppendLine("|---|---:|---:|---|");
        foreach (var row in rows)
            md.AppendLine($"| {row.Target} | {row.Measured} | {row.Pandoc} | {(row.Met is { } met ? met ? "yes" : "**no**" : "—")} |");
        return md.ToString();
    }

    private static Row Compared(string target, SizeResult? result, double ratio, string howToRun, Measurement? manifest = null) => result switch
    {
        null => new Row(target, $"not run ({howToRun})", "—", null),
        { Pandoc: null } => new Row(target, $"{result.Clean.WallSeconds:0.000} s{AsManifest(manifest, null)}", "not run (pandoc not installed)", null),
        _ => new Row(target, $"{result.Clean.WallSeconds:0.000} s ({result.PandocRatio:0.00}×){AsManifest(manifest, result.Pandoc)}",
            $"{result.Pandoc.WallSeconds:0.000} s", result.PandocRatio <= ratio),
    };

    /// <summary>The same run as `dotnet perfpublish`, where it was timed: the host finding the local tool costs a third of a second.</summary>
    private static string AsManifest(Measurement? manifest, Measurement? pandoc) => manifest is null ? ""
        : $"; as `dotnet perfpublish` {manifest.WallSeconds:0.000} s" + (pandoc is null ? "" : $" ({manifest.WallSeconds / pandoc.WallSeconds:0.00}×)");

    private static Row Memory(string size, SizeResult? result) => result is null
        ? new Row($"peak RSS ≤ 200 MB at {size}", $"not run (size {size.Replace('×', 'x')})", "—", null)
        : new Row($"peak RSS ≤ 200 MB at {size}", $"{result.Clean.PeakRssMegabytes:0} MB", "—", result.Clean.PeakRssMegabytes <= 200);

    private static Row Pdf(string target, SizeResult? result, double seconds) => result?.Pdf is { } pdf
        ? new Row(target, $"{pdf.WallSeconds / result.Publications:0.00} s ({result.Size})", "—", pdf.WallSeconds / result.Publications <= seconds)
        : new Row(target, "not run (--pdf with size 20x3 or 20x20)", "—", null);
}
