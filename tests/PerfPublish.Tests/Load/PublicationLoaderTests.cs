using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Load;

public class PublicationLoaderTests
{
    [Fact]
    public void Loads_the_seed_publication_with_its_header_fields()
    {
        var publication = Seed.Load();

        Assert.Equal(2021, publication.Year);
        Assert.Equal("632001", publication.Unit.Code);
        Assert.Equal("秦皇岛市北戴河区政府采购中心(本级)", publication.Unit.Name);
        Assert.Equal("万元", publication.CurrencyUnit);
        Assert.Equal("legacy", publication.Framework);
        Assert.Equal(["政府采购", "人员管理"], publication.Objectives.Select(o => o.Name));
    }

    [Fact]
    public void The_unit_category_is_optional_and_read_when_given()
    {
        Assert.Null(Seed.Load().Category);

        using var content = TempContent.CopyOf(Repo.SeedPublication);
        var file = Path.Combine(content.Path, PublicationLoader.FileName);
        File.WriteAllText(file, File.ReadAllText(file).Replace("currency_unit:", "category: 财政\ncurrency_unit:"));
        var diagnostics = new DiagnosticBag();

        Assert.Equal("财政", PublicationLoader.Load(content.Path, Seed.Forms, diagnostics)?.Category);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Loads_projects_in_file_name_order_with_amounts_and_plan()
    {
        var projects = Seed.Load().Projects;

        Assert.Equal(["国有土地交易中心运行费用", "评审费", "人事代理经费"], projects.Select(p => p.Name));
        Assert.Equal([1, 2, 3], projects.Select(p => p.Order));
        var personnel = projects[2];
        Assert.Equal("13030421YUPWMZITO1GAN", personnel.Code);
        Assert.Equal(11.03m, personnel.Record.Number("budget.total"));
        Assert.Equal(11.03m, personnel.Record.Number("budget.fiscal"));
        Assert.Equal(0m, personnel.Record.Number("budget.other"));
        Assert.Equal([25m, 50m, 75m, 100m], new[] { "march", "june", "october", "december" }.Select(k => personnel.Record.Number("spending_plan." + k)));
    }

    [Fact]
    public void Loads_the_indicator_tree_of_nine_rows_per_project()
    {
        foreach (var project in Seed.Load().Projects)
        {
            Assert.Equal(["产出指标", "效益指标", "满意度指标"], project.Indicators().Select(i => i.Name));
            Assert.Equal(9, project.Indicators().Sum(i => i.Groups.Sum(g => g.Items.Length)));
        }
    }

    [Fact]
    public void Keeps_the_file_line_and_column_of_each_value()
    {
        var total = Seed.Load().Projects[0].Record.Find("budget.total")!.At;
        Assert.EndsWith("content/2021-632001/projects/01-land-exchange-center.yaml", total.File);
        var line = File.ReadAllLines(Path.Combine(Repo.SeedPublication, "projects", "01-land-exchange-center.yaml"))[total.Line - 1];
        Assert.Equal("6.00", line[(total.Column - 1)..].Split(' ')[0]);
    }

    [Fact]
    public void Discovers_every_publication_folder_under_content()
    {
        var folders = PublicationLoader.Discover(Repo.Content);

        Assert.Contains(folders, f => f.EndsWith("2021-632001"));
    }

    [Fact]
    public void A_missing_referenced_file_is_reported_at_the_key_that_names_it()
    {
        using var folder = TempContent.CopyOf(Repo.SeedPublication);
        File.Delete(Path.Combine(folder.Path, "safeguards.md"));
        var diagnostics = new DiagnosticBag();

        var publication = PublicationLoader.Load(folder.Path, Seed.Forms, diagnostics);

        // The rest of the publication is still loaded, so the rules can report its problems in the same run.
        Assert.Equal(["safeguards"], publication!.Unread);
        Assert.Equal(3, publication.Projects.Length);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Codes.FileMissing, error.Code);
        Assert.EndsWith("publication.yaml", error.Location.File);
        Assert.Contains("safeguards.md", error.Message);
    }
}
