using PerfPublish.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Import;

/// <summary>One field of a form profile as import needs it: where its value goes (key), how the form labels it, and its type.</summary>
public sealed record FormField(string Key, string Label, string Type, IReadOnlyList<FormField> Fields, IReadOnlyList<FormField> Columns)
{
    public IEnumerable<FormField> SelfAndDescendants => [this, .. Fields.SelectMany(f => f.SelfAndDescendants)];
}

/// <summary>
/// A form profile's definition, read from the format of docs/forms.md (templates/forms/&lt;id&gt;/form.yaml):
/// import recognises a Word form by the fields' labels and puts each cell's text in the field whose label
/// it follows. Only the keys import needs are read (id, frameworks, fields with label, type, fields,
/// columns); the loader of the build checks the rest.
/// </summary>
public sealed record FormDefinition(string Id, string Kind, IReadOnlyList<string> Frameworks, IReadOnlyList<FormField> Fields)
{
    public const string DefaultProjectForm = "hebei-project-2021";

    /// <summary>Where a profile's definition is: the profile's folder (issue 8), else the copy import ships until profiles are merged.</summary>
    public static IEnumerable<string> Candidates(string templatesFolder, string id) =>
    [
        Path.Combine(templatesFolder, "forms", id, "form.yaml"),
        Path.Combine(templatesFolder, "import", $"{id}.form.yaml"),
    ];

    /// <summary>Every profile definition found under the templates folder, by id.</summary>
    public static IReadOnlyList<FormDefinition> All(string templatesFolder)
    {
        var forms = Directory.Exists(Path.Combine(templatesFolder, "forms"))
            ? Directory.GetDirectories(Path.Combine(templatesFolder, "forms")).Select(Path.GetFileName)
            : [];
        var shipped = Directory.Exists(Path.Combine(templatesFolder, "import"))
            ? Directory.GetFiles(Path.Combine(templatesFolder, "import"), "*.form.yaml").Select(f => Path.GetFileName(f)[..^".form.yaml".Length])
            : [];
        return [.. forms.Concat(shipped).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => Load(templatesFolder, id)).OfType<FormDefinition>()];
    }

    public static FormDefinition? Load(string templatesFolder, string id)
    {
        var path = Candidates(templatesFolder, id).FirstOrDefault(File.Exists);
        if (path is null) return null;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path)) stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return null;
            var frameworks = root.Children.TryGetValue(new YamlScalarNode("frameworks"), out var list) && list is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
                : [];
            return new FormDefinition(Scalar(root, "id") ?? id, Scalar(root, "kind") ?? "project", frameworks, ReadFields(root, "fields"));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // The build's profile loader reports a broken definition with its line; import just does not offer it.
            return null;
        }
    }

    private static IReadOnlyList<FormField> ReadFields(YamlMappingNode parent, string key) =>
        parent.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode fields
            ? [.. fields.Children.Where(f => f.Value is YamlMappingNode).Select(f => Field(((YamlScalarNode)f.Key).Value ?? "", (YamlMappingNode)f.Value))]
            : [];

    private static FormField Field(string key, YamlMappingNode node) =>
        new(key, Scalar(node, "label") ?? key, Scalar(node, "type") ?? "text", ReadFields(node, "fields"), ReadFields(node, "columns"));

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
