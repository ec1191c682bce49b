using System.Text;
using PerfPublish.Compose;
using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Parse;
using PerfPublish.Tests.Fuzz;
using PerfPublish.Tests.Support;
using Xunit.Abstractions;

namespace PerfPublish.Tests.Parse;

/// <summary>
/// The markup is read without a DOM where it keeps to the subset plainly (MarkupReader), and as a browser reads it
/// otherwise (MarkupParser's HTML document). The two must never differ: wherever the plain reading gives a tree,
/// the browser's reading gives the same tree and no error. Checked over every example's composed markup and
/// markup fixture, each edited at random (text cut or repeated, tags, entities, comments, white space, classes and
/// attributes put in), seeded and reproducible as the fuzz tests (PERFPUBLISH_FUZZ_SEED).
/// </summary>
public class MarkupReaderPropertyTests(ITestOutputHelper output)
{
    private static readonly string[] Insertions =
    [
        "<br>", "<br/>", "<BR>", "</br>", "<p>", "</p>", "<p/>", "<p class=\"center\">字</p>", "<!-- 注 -->", "&amp;", "&nbsp;", "&#x4E00;",
        "&copy", "&lt;", "<strong>", "</strong>", "<em>粗</em>", "<strong><em>字</strong></em>", "<a href=\"https://czj.example.gov.cn\">链</a>",
        "<a href=\"javascript:alert(1)\">链</a>", "<a>", " class=\"center\"", " class=\"text\"", " class=\"\"", " class=\"x\"", " id=\"x\"", " style=\"x\"",
        " rowspan=\"2\"", " colspan=\"0\"", "<span>字</span>", "<td>格</td>", "<tr>", "</tr>", "<li>项</li>", "</li>", "<ul>", "</ul>",
        "\r\n", "\t", "\u3000", "字", " ", "\n\n", "<col data-width=\"3\">", "<table>", "</table>", "<tbody>", "<h3>", "</h3>",
        "<h4 id=\"y\">题</h4>", "\0", "<", "&", "<![CDATA[x]]>", "<!DOCTYPE html>", "<caption>题</caption>", "<div>", "<script>x</script>",
        "<strong>字</strong>", "<em>字</em>", "<br />", "&#20320;", "a&amp;b", "&quot;", "  ", "\r", "\f", "\u00A0", "第一", "100%", "≥90%",
    ];

    [Fact]
    public void Every_examples_markup_is_read_without_a_DOM_into_the_tree_a_browser_reading_gives()
    {
        foreach (var (name, markup) in Markups())
        {
            var plain = MarkupReader.Read(markup);
            Assert.True(plain is not null, $"{name}: the composed markup is not read plainly");
            Assert.Equal(TreeText.Of(Browser(markup, out var errors)), TreeText.Of(plain));
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void Edited_markup_read_plainly_gives_the_browsers_tree()
    {
        var markups = Markups();
        var (plainly, otherwise) = (0, 0);
        for (var i = 0; i < FuzzRun.Cases * 4; i++)
        {
            var random = new Random(FuzzRun.CaseSeed(FuzzRun.Seed, i));
            var (name, original) = markups[random.Next(markups.Count)];
            var markup = Edit(original, random, out var edits);
            var plain = MarkupReader.Read(markup);
            if (plain is null)
            {
                otherwise++;
                continue;
            }

            plainly++;
            var browser = Browser(markup, out var errors);
            var because = $"case {i} (seed {FuzzRun.Seed}), {name} with {string.Join("; ", edits)}";
            Assert.True(errors.Count == 0, $"{because}: read plainly, but a browser's reading finds {string.Join(" / ", errors)}");
            Assert.True(TreeText.Of(browser) == TreeText.Of(plain), $"{because}: the two readings give different trees");
        }

        output.WriteLine($"{plainly} edited markups read plainly, {otherwise} left to the browser's reading (seed {FuzzRun.Seed})");
        Assert.True(plainly > 0 && otherwise > 0, "the edits should give both kinds of markup");
    }

    private static PerfPublish.Model.DocumentTree Browser(string markup, out List<string> errors)
    {
        var bag = new DiagnosticBag();
        var tree = new MarkupParser("test", bag).ParseDocument(markup);
        errors = [.. bag.Items.Select(d => d.Message)];
        return tree;
    }

    private static string Edit(string markup, Random random, out List<string> edits)
    {
        var text = new StringBuilder(markup);
        edits = [];
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(6))
            {
                case 0:
                    var cut = Math.Min(random.Next(1, 24), text.Length - at);
                    edits.Add($"{cut} characters cut at {at}");
                    text.Remove(at, cut);
                    break;
                case 1:
                    var repeated = Math.Min(random.Next(1, 40), text.Length - at);
                    edits.Add($"{repeated} characters repeated at {at}");
                    text.Insert(at, text.ToString(at, repeated));
                    break;
                default:
                    var insertion = Insertions[random.Next(Insertions.Length)];
                    // Half of the insertions go right after a tag, where attributes and elements matter most.
                    if (random.Next(2) == 0 && markup.IndexOf('>', Math.Min(at, markup.Length - 1)) is var close and >= 0 && close < text.Length) at = close + (insertion.StartsWith(' ') ? 0 : 1);
                    edits.Add($"'{insertion.Replace("\0", "\\0").Replace("\n", "\\n").Replace("\r", "\\r")}' put in at {at}");
                    text.Insert(at, insertion);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The composed markup of every example under content/, and the markup fixture with every block and inline.</summary>
    private static List<(string Name, string Markup)> Markups()
    {
        var markups = new List<(string, string)> { ("every-block.html", File.ReadAllText(Path.Combine(Repo.Fixtures, "docx", "every-block.html"))) };
        foreach (var example in ExampleDocx.Examples)
        {
            var bag = new DiagnosticBag();
            var publication = PublicationLoader.Load(Path.Combine(Repo.Content, example), Seed.Forms, bag)!;
            markups.Add((example, new Composer(Seed.Templates.Document).Compose(publication with { Slug = example }, bag)!));
            Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        }

        return markups;
    }
}
