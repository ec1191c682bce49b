using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;
using Scriban.Runtime;

namespace PerfPublish.Compose;

/// <summary>Renders a publication through the document template (templates/document.sbn-html) into document markup.</summary>
public sealed class Composer(ScribanTemplate template)
{
    public string? Compose(Publication publication, DiagnosticBag diagnostics)
    {
        var globals = TemplateFunctions.Create(new MarkdownRenderer(diagnostics));
        var view = new ScriptObject();
        view.Import(publication);
        view["projects"] = new ScriptArray(publication.Projects.Select(RecordView.Of));
        view["department"] = publication.Department is { } department ? RecordView.Of(department) : null;
        // The profiles' templates, as `include` finds them (relative to templates/).
        view["project_form_template"] = Include(publication.Forms.Project);
        view["department_form_template"] = Include(publication.Forms.Department);
        globals["publication"] = view;
        return template.Render(globals, diagnostics);
    }

    private static string? Include(FormProfile? profile) =>
        profile is null ? null : $"{FormCatalog.Folder}/{profile.Id}/{FormProfile.TemplateFile}";
}
