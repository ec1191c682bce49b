using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Load;
using PerfPublish.Validate;
using PerfPublish.Write.Html;

namespace PerfPublish.Publishing;

/// <summary>Everything the build reads from templates/: the document template, the site layout and the Word reference.</summary>
public sealed record SiteTemplates(ScribanTemplate Document, string DocumentPath, HtmlWriter Html, byte[] ReferenceDocx, byte[] SiteCss)
{
    /// <summary>The form profiles, whose tables the site-wide open data stacks.</summary>
    public FormCatalog Forms { get; init; } = new(System.Collections.Immutable.ImmutableDictionary<string, FormProfile>.Empty);

    public static SiteTemplates? Load(string folder, DiagnosticBag diagnostics)
    {
        var documentPath = Path.Combine(folder, "document.sbn-html");
        var document = ScribanTemplate.Load(documentPath, diagnostics);
        var page = ScribanTemplate.Load(Path.Combine(folder, "site", "page.sbn-html"), diagnostics);
        var index = ScribanTemplate.Load(Path.Combine(folder, "site", "index.sbn-html"), diagnostics);
        var reference = ReadBytes(Path.Combine(folder, "reference.docx"), diagnostics);
        var css = ReadBytes(Path.Combine(folder, "site", "site.css"), diagnostics);
        var search = ReadBytes(Path.Combine(folder, "site", "search.js"), diagnostics);
        // A broken profile is reported where content is checked against it (the validator's load), not twice.
        var forms = ValidationContext.Load(folder, new DiagnosticBag()).Forms;
        return document is null || page is null || index is null || reference is null || css is null || search is null
            ? null
            : new SiteTemplates(document, SourceFile.DisplayPath(documentPath),
                new HtmlWriter(page, index, System.Text.Encoding.UTF8.GetString(search).ReplaceLineEndings("\n")), reference, css) { Forms = forms };
    }

    private static byte[]? ReadBytes(string path, DiagnosticBag diagnostics)
    {
        if (File.Exists(path)) return File.ReadAllBytes(path);
        diagnostics.Error(SourceLocation.StartOf(SourceFile.DisplayPath(path)), Codes.FileMissing,
            Messages.Format("PP0002_Template", SourceFile.DisplayPath(path)));
        return null;
    }
}
