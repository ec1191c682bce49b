using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Tests.Support;
using Snapshooter.Xunit;

namespace PerfPublish.Tests.Compose;

public class ComposerTests
{
    [Fact]
    public void The_seed_document_markup_matches_its_reviewed_snapshot() =>
        Snapshot.Match(Seed.Markup);

    [Fact]
    public void Content_text_is_escaped_so_it_can_never_become_markup()
    {
        var publication = Seed.Publication with { Title = "<script>alert(1)</script>" };
        var diagnostics = new DiagnosticBag();

        var markup = new Composer(Seed.Templates.Document).Compose(publication, diagnostics)!;

        Assert.DoesNotContain("<script>", markup);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", markup);
    }

    [Theory]
    [InlineData("秦皇岛市北戴河区政府采购中心2021年部门预算绩效目标", "秦皇岛市北戴河区政府采购中心<br>2021年部门预算绩效目标")]
    [InlineData("某某局部门预算绩效目标", "某某局<br>部门预算绩效目标")]
    [InlineData("2021年部门预算绩效目标", "2021年部门预算绩效目标")]
    [InlineData("某某局绩效目标公开", "某某局绩效目标公开")]
    public void The_title_breaks_after_the_unit_name_before_the_year_or_the_kind_of_document(string title, string heading)
    {
        var publication = Seed.Publication with { Title = title };

        var markup = new Composer(Seed.Templates.Document).Compose(publication, new DiagnosticBag())!;

        Assert.Contains($"<h1>{heading}</h1>", markup);
    }

    [Fact]
    public void Indicator_cells_are_merged_down_their_rows()
    {
        // scope="row" with a rowspan covers exactly the rows spanned (a rowgroup scope would cover the rest of the tbody).
        Assert.Contains("<th scope=\"row\" rowspan=\"4\">产出指标</th>", Seed.Markup);
        Assert.Contains("<th scope=\"row\" rowspan=\"1\">满意度指标</th>", Seed.Markup);
    }

    [Fact]
    public void A_template_error_points_at_the_template_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.sbn-html");
        File.WriteAllText(path, "<p>ok</p>\n<p>{{ for x in }}</p>\n");
        var diagnostics = new DiagnosticBag();

        var template = ScribanTemplate.Load(path, diagnostics);
        File.Delete(path);

        Assert.Null(template);
        var error = diagnostics.Items[0];
        Assert.Equal(Codes.Template, error.Code);
        Assert.Equal(2, error.Location.Line);
    }
}
