using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Validate;

namespace PerfPublish.Import;

/// <summary>
/// The form profiles import maps a Word file's cells onto: the build's own (<see cref="FormCatalog"/>), so an imported
/// record has exactly the fields, paths and types the loader and the rules read.
/// </summary>
public static class ImportForms
{
    /// <summary>
    /// Every profile under the templates folder that loads without errors, by id. A broken profile is left out
    /// here; `perfpublish check` reports it with its line.
    /// </summary>
    public static IReadOnlyList<FormProfile> All(string templatesFolder)
    {
        var diagnostics = new DiagnosticBag();
        var frameworks = Framework.LoadAll(Path.Combine(templatesFolder, "frameworks"), diagnostics);
        var catalog = FormCatalog.Load(templatesFolder, [.. frameworks.Keys], diagnostics);
        return [.. catalog.Profiles.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>Whether a cell's text is the field's label or one of its aliases, as labels are compared (<see cref="ImportText.LabelKey"/>).</summary>
    public static bool HasLabel(this FieldDefinition field, string text) =>
        field.Labels.Any(label => ImportText.LabelKey(label) == ImportText.LabelKey(text));
}
