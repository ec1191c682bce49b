using System.Diagnostics;
using PerfPublish.Build;
using PerfPublish.Compose;
using PerfPublish.Corpus;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Parse;
using PerfPublish.Validate;
using PerfPublish.Write.Data;
using PerfPublish.Write.Docx;
using PerfPublish.Write.Html;

namespace PerfPublish.Bench;

/// <summary>
/// 'bench profile [--sizes 50x10]': every stage of every publication of a corpus, one at a time in
/// this process, with a stopwatch around each: the share of each stage in a whole build (after a
/// first publication that warms the code up, so start-up is not counted here; see 'coldstart').
/// </summary>
public static class StageProfile
{
    public static string Run(BenchOptions options)
    {
        var shape = options.Sizes[0];
        var content = Path.GetFullPath(Path.Combine(options.Output, "profile", shape.ToString().Replace('×', 'x')));
        if (Directory.Exists(content)) Directory.Delete(content, recursive: true);
        var folders = CorpusGenerator.Write(options.Seed, content, shape);

        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(options.Templates, diagnostics)!;
        var validator = new Validator(new ValidationContext(Framework.LoadAll(Path.Combine(options.Templates, "frameworks"), diagnostics)));
        var totals = new Dictionary<string, TimeSpan>();
        T Time<T>(string stage, Func<T> work)
        {
            var clock = Stopwatch.StartNew();
            var result = work();
            totals[stage] = totals.GetValueOrDefault(stage) + clock.Elapsed;
            return result;
        }

        var bytes = new Dictionary<string, long>();
        foreach (var (folder, i) in folders.Prepend(folders[0]).Select((f, i) => (f, i)))
        {
            if (i == 1) totals.Clear();
            var bag = new DiagnosticBag();
            var publication = Time("load", () => PublicationLoader.Load(folder, bag)!) with { Slug = Path.GetFileName(folder) };
            Time("validate", () => { validator.Check(publication, bag); return 0; });
            var markup = Time("compose", () => new Composer(templates.Document).Compose(publication, bag)!);
            var tree = Time("parse", () => new MarkupParser(templates.DocumentPath, bag).Parse(markup));
            var properties = new DocumentProperties(publication.Title, publication.Unit.Name, new DateTime(publication.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            var docx = Time("DOCX", () => new DocxWriter(templates.ReferenceDocx).Write(tree, properties));
            var page = new SitePage(publication.Slug, publication.Title, publication.Year, publication.Unit.Code, publication.Unit.Name, []);
            var html = Time("HTML", () => templates.Html.WritePage(tree, page, bag)!);
            var data = Time("data", () => OpenData.Files(publication).Sum(f => (long)f.Value.Length));
            if (i > 0)
            {
                bytes["DOCX"] = bytes.GetValueOrDefault("DOCX") + docx.Length;
                bytes["HTML"] = bytes.GetValueOrDefault("HTML") + html.Length * 3L;
                bytes["data"] = bytes.GetValueOrDefault("data") + data;
            }
        }

        var all = totals.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        var md = new System.Text.StringBuilder();
        md.AppendLine($"Stage profile, {shape} ({folders.Count} publications, one thread, warm)").AppendLine();
        md.AppendLine("| stage | total (s) | share | per publication (ms) | output (MB, HTML approx.) |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (stage, time) in totals)
            md.AppendLine($"| {stage} | {time.TotalSeconds:0.000} | {time / all:P0} | {time.TotalMilliseconds / folders.Count:0.0} | {(bytes.TryGetValue(stage, out var b) ? $"{b / 1048576.0:0.0}" : "")} |");
        md.AppendLine($"| all | {all.TotalSeconds:0.000} | | {all.TotalMilliseconds / folders.Count:0.0} | |");
        return md.ToString();
    }
}
