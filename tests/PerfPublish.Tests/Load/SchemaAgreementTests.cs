using NJsonSchema;
using PerfPublish.Diagnostics;
using PerfPublish.Publishing;
using PerfPublish.Scaffold;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Load;

/// <summary>
/// The JSON Schemas in schemas/ (what editors see in VS Code) and the loader agree: a file the loader
/// accepts passes its schema, and a file the loader rejects for a reason a schema can express (syntax,
/// missing or unknown keys, types, ranges, the shape of a 指标值) fails it. Rules a schema cannot know
/// (sums, the chosen framework, duplicates across files) are the loader's alone.
/// </summary>
public class SchemaAgreementTests
{
    /// <summary>The codes whose problems a schema, or the YAML parsing before it, catches.</summary>
    private static readonly HashSet<string> SchemaCodes =
    [
        Codes.YamlSyntax, Codes.Encoding, Codes.EmptyFile, Codes.FileTooLarge, Codes.NestingTooDeep,
        Codes.RequiredField, Codes.WrongType, Codes.UnknownKey, Codes.DuplicateKey, Codes.EmptyList,
        Codes.AmountFormat, Codes.PercentageRange, Codes.IndicatorValue, Codes.YearRange,
    ];

    private static readonly string Corpus = Path.Combine(Repo.Fixtures, "bad");

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(Corpus).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_content_file_of_the_seed_passes_its_schema_and_the_loader()
    {
        Assert.Empty(Pipeline.Check(new BuildOptions(Repo.Content, Repo.Templates)).Diagnostics);
        foreach (var file in YamlFiles(Repo.SeedPublication))
            Assert.True(SchemaErrors(file, Repo.SeedPublication) is [], $"{file}: {string.Join("; ", SchemaErrors(file, Repo.SeedPublication))}");
    }

    [Theory]
    [InlineData("legacy")]
    [InlineData("central-2021")]
    public void What_new_makes_passes_its_schema_and_loads_with_placeholders_as_the_only_findings(string framework)
    {
        using var temp = TempContent.CopyOf(Repo.SeedPublication);
        var folder = Path.Combine(temp.Root, "content", "new");
        var made = Scaffolder.NewPublication(new NewPublicationRequest(folder, 2022, "632001", null, framework, Repo.Templates, Path.Combine(Repo.Root, "schemas")));
        Assert.Null(made.Problem);

        var diagnostics = Pipeline.Check(new BuildOptions(Path.Combine(temp.Root, "content"), Repo.Templates)).Diagnostics;

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(Codes.Placeholder, d.Code));
        foreach (var file in YamlFiles(folder))
            Assert.True(SchemaErrors(file, folder) is [], $"{file}: {string.Join("; ", SchemaErrors(file, folder))}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_corpus_file_fails_its_schema_exactly_when_the_loader_reports_a_schema_level_problem_in_it(string name)
    {
        var caseFolder = Path.Combine(Corpus, name);
        var expected = File.ReadAllLines(Path.Combine(caseFolder, "expected.txt"));
        using var temp = TempContent.CopyOf(Repo.SeedPublication);
        foreach (var relative in YamlFiles(caseFolder).Select(f => Path.GetRelativePath(caseFolder, f).Replace('\\', '/')))
        {
            var target = Path.Combine(temp.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(caseFolder, relative), target, overwrite: true);

            var loaderRejects = expected.Any(line => line.StartsWith(relative + "(", StringComparison.Ordinal) && SchemaCodes.Any(c => line.Contains($" {c}: ", StringComparison.Ordinal)));
            var schemaErrors = SchemaErrors(target, temp.Path);

            Assert.True(loaderRejects == (schemaErrors.Count > 0),
                $"{name}/{relative}: the loader {(loaderRejects ? "rejects" : "accepts")} it, the schema {(schemaErrors.Count > 0 ? "rejects it: " + string.Join("; ", schemaErrors) : "accepts it")}");
        }
    }

    /// <summary>The YAML content files of a folder: publication.yaml, objectives.yaml and projects/*.yaml.</summary>
    private static IEnumerable<string> YamlFiles(string folder) =>
        Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "publication.yaml" or "objectives.yaml" or "department.yaml" || Path.GetFileName(Path.GetDirectoryName(f)) == "projects")
            .Order(StringComparer.Ordinal);

    /// <summary>The schema's findings for one file, or one finding when the file cannot be read as YAML at all.</summary>
    private static IReadOnlyList<string> SchemaErrors(string file, string publicationFolder)
    {
        var json = YamlJson.Read(file);
        if (json is null) return ["not readable as one YAML document"];
        var relative = Path.GetRelativePath(publicationFolder, file).Replace('\\', '/');
        var kind = relative switch
        {
            "publication.yaml" => "publication",
            "objectives.yaml" => "objectives",
            _ => "project",
        };
        var schema = NamedSchema(file) ?? Schemas[kind];
        return [.. schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}")];
    }

    /// <summary>The schema a file names in its first line (a form's: schemas/forms/&lt;id&gt;.schema.json), as editors find it.</summary>
    private static JsonSchema? NamedSchema(string file)
    {
        var first = File.ReadLines(file).FirstOrDefault() ?? "";
        var at = first.IndexOf("schemas/", StringComparison.Ordinal);
        if (!first.Contains("$schema=", StringComparison.Ordinal) || at < 0) return null;
        var path = Path.Combine(Repo.Root, first[at..].Trim());
        return File.Exists(path) ? JsonSchema.FromJsonAsync(File.ReadAllText(path)).GetAwaiter().GetResult() : null;
    }

    private static readonly Dictionary<string, JsonSchema> Schemas = new[] { "publication", "objectives", "project" }
        .ToDictionary(k => k, k => JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(Repo.Root, "schemas", $"{k}.schema.json"))).GetAwaiter().GetResult());
}
