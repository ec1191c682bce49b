using NJsonSchema;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Load;
using PerfPublish.Publishing;
using PerfPublish.Scaffold;
using PerfPublish.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Tests.Forms;

/// <summary>
/// The schemas in schemas/ that come from the form profiles are what the generator makes of templates/forms/
/// today: a profile changed without `dotnet pwsh build.ps1 schemas` (or `perfpublish schemas`) fails here.
/// </summary>
public class FormSchemaTests
{
    private static readonly IReadOnlyDictionary<string, string> Generated =
        SchemaFiles.Generate(Repo.Templates, new DiagnosticBag()) ?? throw new InvalidOperationException("the profiles do not load");

    public static TheoryData<string> Files() => [.. Generated.Keys];

    [Theory]
    [MemberData(nameof(Files))]
    public void The_committed_schema_is_what_the_profile_generates(string relative)
    {
        var path = Path.Combine(Repo.Root, "schemas", relative);

        Assert.True(File.Exists(path), $"schemas/{relative} is missing: run 'dotnet pwsh build.ps1 schemas'");
        Assert.Equal(Generated[relative], File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Every_profile_has_its_schema_and_every_profile_passes_the_profile_schema()
    {
        var profileSchema = await JsonSchema.FromJsonAsync(Generated[SchemaFiles.ProfileSchema]);
        foreach (var folder in Directory.GetDirectories(Path.Combine(Repo.Templates, "forms")))
        {
            Assert.Contains($"forms/{Path.GetFileName(folder)}.schema.json", Generated.Keys);
            var json = YamlJson.Read(Path.Combine(folder, "form.yaml"))!;
            Assert.Empty(profileSchema.Validate(json).Select(e => $"{folder}: {e.Path}: {e.Kind}"));
        }
    }

    public static TheoryData<string> Profiles() =>
        [.. Directory.GetDirectories(Path.Combine(Repo.Templates, FormCatalog.Folder)).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Schema and loader agree for every profile: each content file under content/ written for it passes its
    /// generated schema and the loader, and three changes made to it from its definition (a key it lacks, a
    /// required field removed, an amount written as text) fail both.
    /// </summary>
    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task The_profiles_schema_and_the_loader_agree_on_its_example_content(string id)
    {
        var catalog = Seed.Forms;
        var profile = catalog.Find(id)!;
        var schema = await JsonSchema.FromJsonAsync(Generated[FormSchema.FileName(profile)]);
        var files = RecordFiles(profile, catalog).ToList();
        Assert.True(files.Count > 0, $"no publication under content/ uses the form '{id}': add an example publication");

        foreach (var (publication, file) in files)
        {
            Assert.Empty(schema.Validate(YamlJson.Read(file)!).Select(e => $"{file}: {e.Path}: {e.Kind}"));
            foreach (var (change, edit) in Changes(profile))
            {
                using var copy = TempContent.CopyOf(publication);
                var target = Path.Combine(copy.Path, Path.GetRelativePath(publication, file));
                var yaml = new YamlStream();
                using (var reader = new StreamReader(target)) yaml.Load(reader);
                if (!edit((YamlMappingNode)yaml.Documents[0].RootNode)) continue;
                using (var writer = new StreamWriter(target)) yaml.Save(writer, assignAnchors: false);

                var loader = Pipeline.Check(new BuildOptions(copy.Content, Repo.Templates)).Diagnostics
                    .Where(d => d.Location.File.EndsWith(Path.GetFileName(file), StringComparison.Ordinal) && d.Code is Codes.UnknownKey or Codes.RequiredField or Codes.WrongType);
                Assert.True(loader.Any(), $"{file}, {change}: the loader accepts it");
                Assert.True(schema.Validate(YamlJson.Read(target)!).Count > 0, $"{file}, {change}: the schema accepts it");
            }
        }
    }

    /// <summary>The content files read by a profile: projects/*.yaml or department.yaml of each publication that names it.</summary>
    private static IEnumerable<(string Publication, string File)> RecordFiles(FormProfile profile, FormCatalog catalog)
    {
        foreach (var folder in PublicationLoader.Discover(Repo.Content))
        {
            var publication = PublicationLoader.Load(folder, catalog, new DiagnosticBag());
            if (publication is null) continue;
            if (publication.Forms.Project == profile)
                foreach (var project in publication.Projects) yield return (folder, Path.GetFullPath(project.Origin.At.File));
            if (publication.Forms.Department == profile)
                yield return (folder, Path.Combine(folder, PublicationLoader.DepartmentFile));
        }
    }

    private static IEnumerable<(string Change, Func<YamlMappingNode, bool> Edit)> Changes(FormProfile profile)
    {
        yield return ("a key the profile lacks", root =>
        {
            root.Children.Add(new YamlScalarNode("not_a_field_of_any_form"), new YamlScalarNode("x"));
            return true;
        });
        var required = profile.Fields.FirstOrDefault(f => f.Required);
        if (required is not null)
            yield return ($"'{required.Key}' removed", root => root.Children.Remove(new YamlScalarNode(required.Key)));
        var amount = profile.AllFields.FirstOrDefault(f => f.Type == FieldType.Amount);
        if (amount is not null)
            yield return ($"'{amount.Path}' written as text", root =>
            {
                var keys = amount.Path.Split('.');
                var mapping = root;
                foreach (var key in keys[..^1])
                    if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlMappingNode inner) mapping = inner;
                    else return false;
                if (!mapping.Children.ContainsKey(new YamlScalarNode(keys[^1]))) return false;
                mapping.Children[new YamlScalarNode(keys[^1])] = new YamlScalarNode("六万元") { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
                return true;
            });
    }
}
