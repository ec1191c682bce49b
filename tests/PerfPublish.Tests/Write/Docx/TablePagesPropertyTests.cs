using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FsCheck;
using FsCheck.Fluent;
using PerfPublish.Tests.Fuzz;
using PerfPublish.Tests.Support;
using PerfPublish.Write.Docx;
using Xunit.Abstractions;

namespace PerfPublish.Tests.Write.Docx;

/// <summary>
/// Cutting tables for pages and labels for lines invents nothing and loses nothing (TablePages, LabelLines), over
/// indicator grids of any shape: one to four 一级指标 of up to 70 rows, 二级指标 of up to 20, names and values of any
/// length. In the Word file every grid position reads the text the template put there (a merged cell's text counting
/// for every row it spans), a label is printed again only where the rows before it may leave the page, and the label
/// lines join to the label. Seeded and reproducible as the fuzz tests (PERFPUBLISH_FUZZ_SEED).
/// </summary>
public class TablePagesPropertyTests(ITestOutputHelper output)
{
    private const string Characters = "产出效益满意度数量质量时效成本经济社会生态可持续影响指标服务对象群众公众完成率项目资金预算安排年度工作计划（）：%";

    /// <summary>A grid's shape: for each 一级指标 the sizes of its 二级指标, and a seed for its words.</summary>
    public sealed record Shape(int[][] Groups, int Words)
    {
        public override string ToString() => $"groups [{string.Join("; ", Groups.Select(g => string.Join(",", g)))}], words {Words}";
    }

    [Fact]
    public void Cut_tables_keep_every_cell_where_the_template_put_it()
    {
        var cases = Math.Max(40, FuzzRun.Cases / 20);
        var seconds = Gen.Choose(1, 20).ArrayOf().Select(a => a.Take(5).DefaultIfEmpty(1).ToArray());
        var shapes = seconds.ArrayOf().Select(a => a.Take(4).DefaultIfEmpty([1]).ToArray())
            .SelectMany(groups => Gen.Choose(0, 1_000_000).Select(words => new Shape(groups, words)));
        var property = Prop.ForAll(Arb.From(shapes), shape => Holds(shape));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithReplay((ulong)FuzzRun.Seed, 0x9E3779B97F4A7C15UL | 1), property);
        output.WriteLine($"{cases} grids cut for pages with every cell in place, seed {FuzzRun.Seed}");
    }

    private static bool Holds(Shape shape)
    {
        var (markup, expected) = Grid(shape);
        var diagnostics = new PerfPublish.Diagnostics.DiagnosticBag();
        var tree = new PerfPublish.Parse.MarkupParser("test", diagnostics).Parse(markup);
        var docx = new DocxWriter(Seed.Templates.ReferenceDocx).Write(tree, Seed.Properties);
        var (actual, reprints, kept) = Read(docx);

        var problems = new List<string>();
        for (var r = 0; r < expected.Count; r++)
            for (var c = 0; c < 4; c++)
                if (actual[r][c] != expected[r][c].Text)
                    problems.Add($"row {r}, column {c}: '{actual[r][c]}' where the template put '{expected[r][c].Text}'");
        foreach (var (row, column) in reprints)
        {
            if (expected[row][column].Cell != expected[row - 1][column].Cell) continue;   // a new cell that happens to say the same
            if (kept[row - 1]) problems.Add($"row {row}, column {column}: the label is printed again, but row {row - 1} is kept with it on one page");
        }

        if (problems.Count > 0) throw new Xunit.Sdk.XunitException($"{shape}:\n{string.Join("\n", problems.Take(10))}");
        return true;
    }

    /// <summary>The grid's markup, and for every body row and column the text the template put there and which cell it is.</summary>
    private static (string Markup, List<(string Text, int Cell)[]> Expected) Grid(Shape shape)
    {
        var random = new Random(shape.Words);
        string Words(int min, int max) => new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Characters[random.Next(Characters.Length)])]);
        var markup = new StringBuilder("<table class=\"indicators\"><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr></thead><tbody>");
        var expected = new List<(string, int)[]>();
        var cell = 0;
        foreach (var group in shape.Groups)
        {
            var first = (Words(2, 9), ++cell);
            for (var s = 0; s < group.Length; s++)
            {
                var second = (Words(2, 12), ++cell);
                for (var i = 0; i < group[s]; i++)
                {
                    var item = (Words(2, 14), ++cell);
                    var value = (Words(1, 40), ++cell);
                    markup.Append("<tr>")
                        .Append(s == 0 && i == 0 ? $"<th scope=\"rowgroup\" rowspan=\"{group.Sum()}\">{first.Item1}</th>" : "")
                        .Append(i == 0 ? $"<th scope=\"rowgroup\" rowspan=\"{group[s]}\">{second.Item1}</th>" : "")
                        .Append($"<th scope=\"row\">{item.Item1}</th><td>{value.Item1}</td></tr>");
                    expected.Add([first, second, item, value]);
                }
            }
        }

        return (markup.Append("</tbody></table>").ToString(), expected);
    }

    /// <summary>The Word table's body: each grid position's text (a continued merge reads its first cell's), where a merge starts again with the text above, and which rows keep with the next.</summary>
    private static (List<string[]> Texts, List<(int Row, int Column)> Reprints, List<bool> Kept) Read(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var rows = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().Skip(1).ToList();
        var texts = new List<string[]>();
        var reprints = new List<(int, int)>();
        foreach (var (row, r) in rows.Select((row, r) => (row, r)))
        {
            var line = new string[4];
            var column = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = continues ? texts[r - 1][column] : string.Concat(cell.Descendants<Text>().Select(t => t.Text));
                if (!continues && merge is not null && r > 0 && texts[r - 1][column] == text) reprints.Add((r, column));
                line[column] = text;
                column += (int?)cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            }
            texts.Add(line);
        }

        var kept = rows.Select(row => row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null)).ToList();
        return (texts, reprints, kept);
    }
}
