using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate;

/// <summary>
/// Reads a publication's Markdown prose with the build's own renderer and keeps only the diagnostics
/// (raw HTML, headings, unsafe links), so `check` reports what `build` would without composing the document.
/// </summary>
public static class ProseCheck
{
    public static void Run(Publication publication, DiagnosticBag diagnostics)
    {
        var renderer = new MarkdownRenderer(diagnostics);
        foreach (var prose in publication.Prose) renderer.Render(prose);
    }
}
