using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Tests.Compose;

public class MarkdownRendererTests
{
    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var html = new MarkdownRenderer(diagnostics).Render(new MarkdownText(markdown, "prose.md")).Html;
        return (html, diagnostics.Items);
    }

    [Fact]
    public void Paragraphs_lists_and_emphasis_become_markup()
    {
        var (html, diagnostics) = Render("第一段**加粗**。\n\n- 甲\n- 乙\n");

        Assert.Equal("<p>第一段<strong>加粗</strong>。</p>\n<ul>\n<li><p>甲</p>\n</li>\n<li><p>乙</p>\n</li>\n</ul>\n", html);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Raw_html_is_escaped_and_warned_about_at_its_line()
    {
        var (html, diagnostics) = Render("正文\n\n<img src=x onerror=alert(1)>\n");

        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img", html);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("prose.md", 3, 1), warning.Location);
    }

    [Fact]
    public void A_javascript_link_keeps_only_its_text()
    {
        var (html, diagnostics) = Render("[点我](javascript:alert(1)) [官网](https://example.gov.cn)");

        Assert.Equal("<p>点我 <a href=\"https://example.gov.cn\">官网</a></p>\n", html);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Autolinks_are_links_when_safe_and_text_with_a_warning_when_not()
    {
        var (html, diagnostics) = Render("<https://example.gov.cn> <office@example.gov.cn> <javascript:alert(1)>");

        Assert.Equal("<p><a href=\"https://example.gov.cn\">https://example.gov.cn</a> " +
            "<a href=\"mailto:office@example.gov.cn\">office@example.gov.cn</a> javascript:alert(1)</p>\n", html);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(new SourceLocation("prose.md", 1, 50), warning.Location);
    }
}
