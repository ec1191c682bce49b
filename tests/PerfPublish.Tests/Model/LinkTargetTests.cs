using PerfPublish.Model;

namespace PerfPublish.Tests.Model;

/// <summary>
/// The one list of link schemes a publication may use (Model/LinkTarget): Markdown and the document markup both
/// keep a link only when it is safe here, so a link that could run or read something in a reader's browser
/// never reaches the page or the Word file.
/// </summary>
public class LinkTargetTests
{
    [Theory]
    [InlineData("https://www.gov.cn/zhengce/")]
    [InlineData("http://czj.example.gov.cn/jxmb/")]
    [InlineData("mailto:czj@example.gov.cn")]
    [InlineData("HTTPS://WWW.GOV.CN/")] // a scheme is case-insensitive (RFC 3986), as browsers read it
    public void Web_and_mail_links_are_safe(string href) => Assert.True(LinkTarget.IsSafe(href));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")] // a browser strips the space and runs it
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/")] // scheme-relative: goes wherever the page was served from
    [InlineData("../../secret.txt")]
    [InlineData("")]
    [InlineData(null)]
    public void Every_other_link_is_not(string? href) => Assert.False(LinkTarget.IsSafe(href));

    [Theory]
    [InlineData("#part-1", true)]
    [InlineData("https://www.gov.cn/#part-1", false)]
    [InlineData("part-1", false)]
    [InlineData(null, false)]
    public void Only_a_fragment_links_within_the_document(string? href, bool within) =>
        Assert.Equal(within, LinkTarget.IsWithinDocument(href));
}
