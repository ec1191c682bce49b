using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Parse;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Parse;

public class MarkupParserTests
{
    private static (DocumentTree Tree, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markup)
    {
        var diagnostics = new DiagnosticBag();
        var tree = new MarkupParser("templates/document.sbn-html", diagnostics).Parse(markup);
        return (tree, diagnostics.Items);
    }

    [Fact]
    public void The_seed_parses_into_parts_sections_and_six_tables()
    {
        var tree = Seed.Tree;

        Assert.Equal(["第一部分 部门整体绩效目标", "第二部分 预算项目绩效目标"], tree.Headings.Where(h => h.Level == 2).Select(h => h.PlainText));
        Assert.Equal(3, tree.Headings.Count(h => h.Role == HeadingRole.TableTitle));
        Assert.Equal(6, tree.Blocks.OfType<Table>().Count());
    }

    [Fact]
    public void Table_cells_keep_their_spans()
    {
        var (tree, diagnostics) = Parse("<table><tbody><tr><th scope=\"row\" rowspan=\"2\">甲</th><td colspan=\"3\">乙</td></tr></tbody></table>");

        Assert.Empty(diagnostics);
        var cells = tree.Blocks.OfType<Table>().Single().Rows.Single().Cells;
        Assert.Equal((2, 1, "row"), (cells[0].RowSpan, cells[0].ColumnSpan, cells[0].Scope));
        Assert.Equal(3, cells[1].ColumnSpan);
    }

    [Theory]
    [InlineData("<div>x</div>", "<div>")]
    [InlineData("<p onclick=\"x()\">x</p>", "attribute 'onclick'")]
    [InlineData("<p style=\"color:red\">x</p>", "attribute 'style'")]
    [InlineData("<p><script>alert(1)</script></p>", "<script>")]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>", "javascript:")]
    [InlineData("<p class=\"fancy\">x</p>", "class 'fancy'")]
    [InlineData("stray text", "text outside any paragraph")]
    [InlineData("<table><colgroup><col data-width=\"1\"><col data-width=\"1\"></colgroup><tbody><tr><td>甲</td><td>乙</td><td>丙</td></tr></tbody></table>",
        "cells take 3 columns, but its <colgroup> gives widths for 2")]
    public void Anything_outside_the_subset_is_an_error_naming_the_template(string markup, string expected)
    {
        var (tree, diagnostics) = Parse(markup);

        var error = Assert.Single(diagnostics);
        Assert.Equal(Codes.Markup, error.Code);
        Assert.Equal("templates/document.sbn-html", error.Location.File);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("alert", Inline.PlainText(tree.Blocks.OfType<Paragraph>().SelectMany(p => p.Content)));
    }

    [Fact]
    public void A_line_break_between_chinese_characters_leaves_no_space()
    {
        var (tree, _) = Parse("<p>第一行\n第二行 and English\nwords</p>");

        Assert.Equal("第一行第二行 and English words", Inline.PlainText(tree.Blocks.OfType<Paragraph>().Single().Content));
    }

    [Fact]
    public void A_forms_lines_centred_kept_with_next_and_signed_off_are_read_from_their_classes()
    {
        var (tree, diagnostics) = Parse(
            "<p class=\"center keep-with-next\">（2023年度）</p><p>正文</p>" +
            "<table class=\"project-form\"><tbody><tr class=\"keep-with-next\"><th scope=\"row\">项目名称</th><td>甲</td></tr><tr><td>乙</td></tr></tbody></table>" +
            "<p class=\"sign-off\"><span>填表人：王丽</span> <span>审核人：</span><span>填报日期：2023年1月10日</span></p>");

        Assert.Empty(diagnostics);
        var paragraphs = tree.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal((true, true), (paragraphs[0].Centered, paragraphs[0].KeepWithNext));
        Assert.Equal((false, false), (paragraphs[1].Centered, paragraphs[1].KeepWithNext));
        Assert.Equal([true, false], tree.Blocks.OfType<Table>().Single().Rows.Select(r => r.KeepWithNext));
        Assert.Equal(["填表人：王丽", "审核人：", "填报日期：2023年1月10日"], tree.Blocks.OfType<SignOffLine>().Single().Parts.ToArray());
    }

    [Theory]
    [InlineData("<p class=\"sign-off\"><span>填表人：</span><b>王丽</b></p>")]
    [InlineData("<p class=\"sign-off\">填表人：王丽</p>")]
    [InlineData("<p class=\"sign-off\"><span class=\"x\">填表人：王丽</span></p>")]
    [InlineData("<p class=\"sign-off\" id=\"x\"><span>填表人：王丽</span></p>")]
    public void A_sign_off_line_holds_spans_of_text_only(string markup)
    {
        var (tree, diagnostics) = Parse(markup);

        Assert.Contains(diagnostics, d => d.Code == Codes.Markup);
        Assert.Empty(tree.Blocks.OfType<SignOffLine>());
    }
}
