using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Parse;
using PerfPublish.Publishing;
using PerfPublish.Validate;
using PerfPublish.Write;
using PerfPublish.Write.Data;
using PerfPublish.Write.Docx;
using PerfPublish.Write.Html;

namespace PerfPublish.Bench;

/// <summary>The pipeline's stages for one publication folder, each through a timer, in build order.</summary>
public sealed class PipelineStages(string templatesFolder)
{
    public SiteTemplates Templates { get; } = SiteTemplates.Load(templatesFolder, new DiagnosticBag()) ?? throw new InvalidOperationException("templates do not load");

    private readonly Validator _validator = new(ValidationContext.Load(templatesFolder, new DiagnosticBag()));

    /// <summary>Runs every stage; returns the output sizes (bytes) of the DOCX, the page and the data.</summary>
    public (long Docx, long Html, long Data) Run(string folder, IStageTimer timer)
    {
        var bag = new DiagnosticBag();
        var publication = timer.Time("load (YamlDotNet)", () => PublicationLoader.Load(folder, _validator.Context.Forms, bag)!) with { Slug = Path.GetFileName(folder) };
        timer.Time("validate", () => { _validator.Check(publication, bag); return 0; });
        var markup = timer.Time("compose (Scriban, Markdig)", () => new Composer(Templates.Document).Compose(publication, bag)!);
        var tree = timer.Time("parse (AngleSharp tokens)", () => new MarkupParser(Templates.DocumentPath, bag).Parse(markup));
        var properties = new DocumentProperties(publication.Title, publication.Unit.Name, new DateTime(publication.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var docx = timer.Time("DOCX (XmlWriter stream, zip)", () => new DocxWriter(Templates.ReferenceDocx).Write(tree, properties));
        var page = new SitePage(publication.Slug, publication.Title, publication.Year, publication.Unit.Code, publication.Unit.Name, []);
        var summary = PublicationSummary.Of(publication);
        var facts = SiteFiles.FactsOf(summary, SiteFiles.ByUnit([summary]));
        var html = timer.Time("HTML page", () => Templates.Html.WritePage(tree, page, bag, facts)!);
        var files = timer.Time("open data (JSON, CSV)", () => OpenData.Files(publication));
        var site = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, bytes) in files) site[publication.Slug + "/" + name] = bytes;
        timer.Time("site files (index)", () => { SiteFiles.Write(Templates, [summary], null, bag, new MemorySiteOutput(site)); return site.Count; });
        var data = files.Sum(f => (long)f.Value.Length);
        return (docx.Length, System.Text.Encoding.UTF8.GetByteCount(html), data);
    }
}
