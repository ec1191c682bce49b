using PerfPublish.Corpus;

namespace PerfPublish.Bench;

/// <summary>
/// For each size: generate the corpus, time perfpublish's clean build (cold process, PDF off), a
/// cached rebuild after one edited project file, pandoc on the same corpus in the same run, and the
/// PDF build when asked for.
/// </summary>
public sealed class Harness(BenchOptions options)
{
    private const string EditedText = "basis: 年度工作计划";

    public SizeResult Run(CorpusShape shape, string? pandoc)
    {
        var work = Path.GetFullPath(Path.Combine(options.Output, "work", shape.ToString().Replace('×', 'x')));
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var content = Path.Combine(work, "content");
        var folders = CorpusGenerator.Write(options.Seed, content, shape);
        var output = Path.Combine(work, "out");
        Console.WriteLine($"{shape}: {folders.Count} publications × {shape.Projects} projects in {content}");

        var clean = Median(Enumerable.Range(0, options.RunsFor(shape)).Select(_ => Build(options.Cli, content, output, pdf: false, "--no-cache")).ToList());
        Console.WriteLine($"  perfpublish build (clean, PDF off): {clean.WallSeconds:0.000} s wall, {clean.CpuSeconds:0.00} s CPU, {clean.PeakRssMegabytes:0} MB peak");
        var jit = options.JitCli is not null && folders.Count == 1
            ? Median(Enumerable.Range(0, options.RunsFor(shape)).Select(_ => Build(options.JitCli, content, output, pdf: false, "--no-cache")).ToList())
            : null;
        if (jit is not null) Console.WriteLine($"  the same, CLI compiled just in time: {jit.WallSeconds:0.000} s wall, {jit.CpuSeconds:0.00} s CPU");
        var manifest = options.ManifestCli is not null && folders.Count == 1
            ? Median(Enumerable.Range(0, options.RunsFor(shape)).Select(_ => Build(options.ManifestCli, content, output, pdf: false, "--no-cache")).ToList())
            : null;
        if (manifest is not null) Console.WriteLine($"  the same as `dotnet perfpublish` (tool manifest): {manifest.WallSeconds:0.000} s wall, {manifest.CpuSeconds:0.00} s CPU");
        var rebuild = RebuildAfterEdit(options.Cli, folders[folders.Count / 2], content, output);
        Console.WriteLine($"  rebuild after editing one project file: {rebuild.WallSeconds:0.000} s wall");
        var rebuildManifest = options.ManifestCli is not null && shape.Publications >= 200
            ? RebuildAfterEdit(options.ManifestCli, folders[folders.Count / 2], content, output)
            : null;
        if (rebuildManifest is not null) Console.WriteLine($"  the same as `dotnet perfpublish` (tool manifest): {rebuildManifest.WallSeconds:0.000} s wall");
        var pandocRun = pandoc is null ? null : Pandoc(pandoc, content, work);
        if (pandocRun is not null) Console.WriteLine($"  pandoc (DOCX with TOC + standalone HTML, 2 at a time): {pandocRun.WallSeconds:0.000} s wall");
        var pdf = options.Pdf ? Build(content, Path.Combine(work, "out-pdf"), pdf: true, "--no-cache") : null;
        if (pdf is not null) Console.WriteLine($"  perfpublish build with PDF: {pdf.WallSeconds:0.000} s wall, {pdf.WallSeconds / folders.Count:0.000} s per publication");
        return new SizeResult(shape.ToString(), folders.Count, shape.Projects, clean, jit, rebuild, manifest, rebuildManifest, pandocRun, pdf);
    }

    private Measurement Build(string content, string output, bool pdf, params string[] extra) => Build(options.Cli, content, output, pdf, extra);

    private Measurement Build(string cli, string content, string output, bool pdf, params string[] extra)
    {
        var command = CliCommand.Of(cli);
        var environment = new Dictionary<string, string>(command.Environment) { ["PERFPUBLISH_PDF"] = pdf ? "on" : "off", ["CI"] = "true" };
        var measurement = ProcessMeter.Run(command.Executable,
            [.. command.Prefix, "build", "--content", content, "--templates", Path.GetFullPath(options.Templates), "--output", output, .. extra],
            environment, command.WorkingFolder);
        if (measurement.ExitCode != 0) throw new InvalidOperationException($"perfpublish build failed ({measurement.ExitCode}) on {content}");
        return measurement;
    }

    /// <summary>Builds once to fill the cache, edits one project file of one publication, and times the build that follows.</summary>
    private Measurement RebuildAfterEdit(string cli, string publication, string content, string output)
    {
        Build(cli, content, output, pdf: false);
        var file = Directory.GetFiles(Path.Combine(publication, SeedContent.ProjectsFolder)).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(file);
        var at = text.IndexOf(EditedText, StringComparison.Ordinal);
        File.WriteAllText(file, text[..at] + EditedText + "（修订）" + text[(at + EditedText.Length)..]);
        try
        {
            return Build(cli, content, output, pdf: false);
        }
        finally
        {
            File.WriteAllText(file, text);
        }
    }

    private Measurement Pandoc(string pandoc, string content, string work)
    {
        var markdown = PandocCorpus.Write(content, Path.GetFullPath(options.Templates), Path.Combine(work, "pandoc"));
        var jobs = markdown.SelectMany(md => new[]
        {
            (pandoc, new[] { md, "--standalone", "--toc", "-o", Path.ChangeExtension(md, ".docx") }),
            (pandoc, new[] { md, "--standalone", "-o", Path.ChangeExtension(md, ".html") }),
        }).ToList();
        var measurement = ProcessMeter.RunAll(jobs, parallel: 2);
        if (measurement.ExitCode != 0) throw new InvalidOperationException($"{measurement.ExitCode} pandoc runs failed");
        return measurement;
    }

    private static Measurement Median(List<Measurement> runs) => runs.OrderBy(r => r.WallSeconds).ElementAt(runs.Count / 2);

    /// <summary>pandoc's path, or null when it is not on PATH.</summary>
    public static string? FindPandoc() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "pandoc"))
            .FirstOrDefault(File.Exists);
}
