using PerfPublish.Forms;

namespace PerfPublish.Import;

/// <summary>
/// The form profiles import maps a Word file's cells onto: the build's own (<see cref="FormCatalog"/>), so an imported
/// record has exactly the fields, paths and types the loader and the rules read.
/// </summary>
public static class ImportForms
{
    /// <summary>
    /// Every profile of the catalog, by id. The catalog holds those that load without errors: a broken profile is left
    /// out here, and `perfpublish check` reports it with its line.
    /// </summary>
    public static IReadOnlyList<FormProfile> All(FormCatalog catalog) => [.. catalog.Profiles.Values.OrderBy(p => p.Id, StringComparer.Ordinal)];

    /// <summary>Whether a cell's text is the field's label or one of its aliases, as labels are compared (<see cref="ImportText.LabelKey"/>).</summary>
    public static bool HasLabel(this FieldDefinition field, string text) =>
        field.Labels.Any(label => ImportText.LabelKey(label) == ImportText.LabelKey(text));
}
