using System.Diagnostics;
using PerfPublish.Build;
using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Parse;
using PerfPublish.Validate;
using PerfPublish.Write.Data;
using PerfPublish.Write.Docx;
using PerfPublish.Write.Html;

namespace PerfPublish.Bench;

/// <summary>
/// 'bench coldstart': where a cold process's time goes on the seed. Each stage runs twice in this
/// fresh process; the first call pays loading and compiling its code, the second is the work alone,
/// so the difference is the start-up cost that stage adds.
/// </summary>
public static class ColdStart
{
    public static string Run(BenchOptions options)
    {
        var rows = new List<(string Stage, double First, double Second)>();
        T Time<T>(string stage, Func<T> work)
        {
            var clock = Stopwatch.StartNew();
            var result = work();
            var first = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            work();
            rows.Add((stage, first, clock.Elapsed.TotalMilliseconds));
            return result;
        }

        var diagnostics = new DiagnosticBag();
        var templates = Time("templates (Scriban parse, reference.docx)", () => SiteTemplates.Load(options.Templates, diagnostics)!);
        var publication = Time("load (YamlDotNet)", () => PublicationLoader.Load(options.Seed, diagnostics)!) with { Slug = "seed" };
        var validator = new Validator(new ValidationContext(Framework.LoadAll(Path.Combine(options.Templates, "frameworks"), diagnostics)));
        Time("validate", () => { validator.Check(publication, new DiagnosticBag()); return 0; });
        var markup = Time("compose (Scriban, Markdig)", () => new Composer(templates.Document).Compose(publication, new DiagnosticBag())!);
        var tree = Time("parse (AngleSharp)", () => new MarkupParser(templates.DocumentPath, new DiagnosticBag()).Parse(markup));
        var properties = new DocumentProperties(publication.Title, publication.Unit.Name, new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Time("DOCX (OpenXML SDK, zip)", () => new DocxWriter(templates.ReferenceDocx).Write(tree, properties));
        var page = new SitePage("seed", publication.Title, publication.Year, publication.Unit.Code, publication.Unit.Name, []);
        Time("HTML page", () => templates.Html.WritePage(tree, page, new DiagnosticBag())!);
        Time("open data (JSON, CSV)", () => OpenData.Files(publication).Count);
        Time("site files (index)", () => SiteFiles.Write(templates, [page], new DiagnosticBag()).Count);

        var md = new System.Text.StringBuilder();
        md.AppendLine($"Cold start on the seed (process start to here: {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:0} ms in all)").AppendLine();
        md.AppendLine("| stage | first call (ms) | second call (ms) | start-up cost (ms) |").AppendLine("|---|---:|---:|---:|");
        foreach (var (stage, first, second) in rows) md.AppendLine($"| {stage} | {first:0.0} | {second:0.0} | {first - second:0.0} |");
        return md.ToString();
    }
}
