using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;
using PerfPublish.Parse;
using PerfPublish.Publishing;
using PerfPublish.Write;
using PerfPublish.Write.Docx;
using PerfPublish.Write.Html;

namespace PerfPublish.Tests.Support;

/// <summary>The seed publication run through each stage once, shared by the tests that inspect a stage's output.</summary>
public static class Seed
{
    private static readonly Lazy<Stages> Built = new(Run);

    public static Publication Publication => Built.Value.Publication;
    public static string Markup => Built.Value.Markup;
    public static DocumentTree Tree => Built.Value.Tree;
    public static byte[] Docx => Built.Value.Docx;
    public static string Html => Built.Value.Html;
    public static SiteTemplates Templates => Built.Value.Templates;

    /// <summary>The form profiles under templates/forms, loaded once.</summary>
    public static PerfPublish.Forms.FormCatalog Forms => FormsLoaded.Value;

    private static readonly Lazy<PerfPublish.Forms.FormCatalog> FormsLoaded = new(() =>
        PerfPublish.Validate.ValidationContext.Load(Repo.Templates, new DiagnosticBag()).Forms);

    public static Publication Load()
    {
        var diagnostics = new DiagnosticBag();
        var publication = PublicationLoader.Load(Repo.SeedPublication, Forms, diagnostics);
        Assert.Empty(diagnostics.Items);
        return publication!;
    }

    public static DocumentProperties Properties => new("title", "author", new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    public static SitePage PageOf(Publication publication) => new(publication.Slug, publication.Title, publication.Year,
        publication.Unit.Code, publication.Unit.Name, [new Download("Word 文件（.docx）", publication.Slug + ".docx")]);

    private static Stages Run()
    {
        var diagnostics = new DiagnosticBag();
        var templates = SiteTemplates.Load(Repo.Templates, diagnostics)!;
        var publication = Load() with { Slug = "2021-632001" };
        var markup = new Composer(templates.Document).Compose(publication, diagnostics)!;
        var tree = new MarkupParser(templates.DocumentPath, diagnostics).Parse(markup);
        var docx = new DocxWriter(templates.ReferenceDocx).Write(tree, Properties);
        // As the build writes it: with the overview (charts, tables); the seed has no other year to compare with.
        var summary = PublicationSummary.Of(publication);
        var html = templates.Html.WritePage(tree, PageOf(publication), diagnostics, SiteFiles.FactsOf(summary, SiteFiles.ByUnit([summary])))!;
        Assert.Empty(diagnostics.Items);
        return new Stages(publication, markup, tree, docx, html, templates);
    }

    private sealed record Stages(Publication Publication, string Markup, DocumentTree Tree, byte[] Docx, string Html, SiteTemplates Templates);
}
