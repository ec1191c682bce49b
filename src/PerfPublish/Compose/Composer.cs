using PerfPublish.Diagnostics;
using PerfPublish.Model;
using Scriban.Runtime;

namespace PerfPublish.Compose;

/// <summary>Renders a publication through the document template (templates/document.sbn-html) into document markup.</summary>
public sealed class Composer(ScribanTemplate template)
{
    public string? Compose(Publication publication, DiagnosticBag diagnostics)
    {
        var globals = TemplateFunctions.Create(new MarkdownRenderer(diagnostics));
        globals.Import(new { Publication = publication });
        return template.Render(globals, diagnostics);
    }
}
