using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace PerfPublish.Bench;

/// <summary>The results as a Markdown table (printed, and written to output/bench/results.md) and as JSON (results.json).</summary>
public static class BenchReport
{
    public static string Markdown(IReadOnlyList<SizeResult> results, string? pandocVersion, string cli, double? checkSeconds)
    {
        var md = new StringBuilder();
        md.AppendLine($"Machine: {Machine()}; pandoc: {pandocVersion ?? "not installed (no comparison: install pandoc to get it)"}").AppendLine();
        md.AppendLine("| units × projects | publications | pandoc (s) | PerfPublish (s) | ratio | CPU (s) | peak RSS (MB) | rebuild after one edit (s) | with PDF (s per publication) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            md.AppendLine($"| {r.Size} | {r.Publications} | {Seconds(r.Pandoc?.WallSeconds)} | {r.Clean.WallSeconds:0.000} | " +
                $"{(r.PandocRatio is { } ratio ? $"{ratio:0.00}×" : "—")} | {r.Clean.CpuSeconds:0.00} | {r.Clean.PeakRssMegabytes:0} | " +
                $"{Seconds(r.Rebuild?.WallSeconds)} | {Seconds(r.Pdf?.WallSeconds / r.Publications)} |");
        foreach (var r in results.Where(r => r.CleanJit is not null))
            md.AppendLine().Append($"Start-up ({r.Size}): {r.Clean.WallSeconds:0.000} s wall / {r.Clean.CpuSeconds:0.00} s CPU with {Described(cli)}, ")
                .Append($"{r.CleanJit!.WallSeconds:0.000} s / {r.CleanJit.CpuSeconds:0.00} s CPU compiled just in time")
                .Append(r.CleanManifest is { } manifest ? $", {manifest.WallSeconds:0.000} s / {manifest.CpuSeconds:0.00} s CPU as `dotnet perfpublish` from a tool manifest." : ".").AppendLine();
        foreach (var r in results.Where(r => r.RebuildManifest is not null))
            md.AppendLine().AppendLine($"Rebuild after one edit ({r.Size}): {r.Rebuild!.WallSeconds:0.000} s with {Described(cli)}, {r.RebuildManifest!.WallSeconds:0.000} s as `dotnet perfpublish` from a tool manifest.");
        md.AppendLine().AppendLine("Issue 23's targets:").AppendLine().Append(BenchTargets.Markdown(results, checkSeconds));
        md.AppendLine().AppendLine("ratio = PerfPublish ÷ pandoc wall time (below 1: PerfPublish is faster). Clean build: a cold `perfpublish build --no-cache` process, PDF off, median of the runs. " +
            "pandoc: `pandoc x.md --standalone --toc -o x.docx` and `pandoc x.md --standalone -o x.html` per publication, two processes at a time.");
        return md.ToString();
    }

    public static string Json(IReadOnlyList<SizeResult> results, string? pandocVersion) =>
        JsonSerializer.Serialize(new { machine = Machine(), pandoc = pandocVersion, results }, new JsonSerializerOptions { WriteIndented = true });

    private static string Described(string cli) => cli.StartsWith(CliCommand.ToolPrefix, StringComparison.Ordinal)
        ? $"the installed tool (`dotnet perfpublish`, packages of build.ps1 pack, in {cli[CliCommand.ToolPrefix.Length..]})"
        : cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? $"the CLI `{cli}`" : $"the installed tool (`perfpublish`, installed with --tool-path as -g installs it: `{cli}`)";

    private static string Seconds(double? value) => value is { } v ? $"{v:0.000}" : "—";

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0);
        // Other work on the machine slows every figure: the load average says how busy it was.
        var load = File.Exists("/proc/loadavg") ? $", load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memory:0} GB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}{load}";
    }
}
