using NJsonSchema;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Publishing;
using PerfPublish.Scaffold;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Scaffold;

/// <summary>`new project` and `new department` write a file from the publication's form profile: it passes the profile's schema and loads, with only its placeholders to fill in.</summary>
public sealed class FormScaffoldTests : IDisposable
{
    private readonly TempTemplates _templates = TempTemplates.CopyOf(Repo.Templates);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));
    private readonly string _publication;

    public FormScaffoldTests()
    {
        var fixture = Path.Combine(Repo.Fixtures, "made-up-form");
        TempContent.Copy(Path.Combine(fixture, "templates"), _templates.Path);
        TempContent.Copy(Path.Combine(fixture, "content"), Path.Combine(_root, "content"));
        _publication = Path.Combine(_root, "content", "2030-900001");
    }

    [Fact]
    public async Task New_department_and_new_project_follow_the_publications_profiles()
    {
        File.Delete(Path.Combine(_publication, PublicationLoader.DepartmentFile));
        var schemas = Path.Combine(_root, "schemas");
        Assert.Empty(SchemaFiles.Write(_templates.Path, schemas).Diagnostics);

        var department = Scaffolder.NewDepartment(new NewDepartmentRequest(_publication, _templates.Path, schemas));
        var project = Scaffolder.NewProject(new NewProjectRequest(_publication, "scanning", _templates.Path, schemas));

        Assert.Null(department.Problem);
        Assert.Equal(Path.Combine(_publication, "projects", "02-scanning.yaml"), Assert.Single(project.Created));
        Assert.Contains("signoff:", File.ReadAllText(project.Created[0]));
        Assert.Contains("      amount: 0.00", File.ReadAllText(department.Created[0]).Replace("    ", "      "));
        foreach (var (file, schema) in new[] { (department.Created[0], "made-up-department"), (project.Created[0], "made-up-2030") })
        {
            var json = await JsonSchema.FromFileAsync(Path.Combine(schemas, "forms", schema + ".schema.json"));
            Assert.Empty(json.Validate(YamlJson.Read(file)!).Select(e => $"{file}: {e.Path}: {e.Kind}"));
        }
        var findings = Pipeline.Check(new BuildOptions(Path.Combine(_root, "content"), _templates.Path)).Diagnostics;
        Assert.NotEmpty(findings);
        Assert.All(findings, d => Assert.Equal(Codes.Placeholder, d.Code));
    }

    [Fact]
    public void New_department_is_refused_where_publication_yaml_names_no_department_form()
    {
        using var seed = TempContent.CopyOf(Repo.SeedPublication);

        var made = Scaffolder.NewDepartment(new NewDepartmentRequest(seed.Path, Repo.Templates, Path.Combine(Repo.Root, "schemas")));

        Assert.Contains("forms:", made.Problem);
        Assert.False(File.Exists(Path.Combine(seed.Path, PublicationLoader.DepartmentFile)));
    }

    public void Dispose()
    {
        _templates.Dispose();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
