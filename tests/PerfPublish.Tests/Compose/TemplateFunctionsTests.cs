using PerfPublish.Compose;
using Scriban.Runtime;

namespace PerfPublish.Tests.Compose;

public class TemplateFunctionsTests
{
    [Theory]
    [InlineData("6", "6.00")]
    [InlineData("11.03", "11.03")]
    [InlineData("0", "0.00")]
    [InlineData("1234567.5", "1234567.50")]
    public void Amounts_print_to_the_fen(string value, string expected) =>
        Assert.Equal(expected, TemplateFunctions.Amount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Percentages_print_as_the_seed_shows_them() => Assert.Equal("20.00%", TemplateFunctions.Percent(20));

    [Theory]
    [InlineData(1, "一")]
    [InlineData(3, "三")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(35, "三十五")]
    public void Section_numbers_are_chinese_numerals(int value, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ChineseNumber(value));

    /// <summary>
    /// A tree's rows as templates/forms/indicator-tree.sbn-html gives them: first levels of (name, groups of
    /// (name, item names)), one row per item with its first, second and item, the second's rowspan on its first row.
    /// </summary>
    private static ScriptArray Tree(params (string First, (string Second, string[] Items)[] Groups)[] levels) =>
        [.. from f in levels
            let first = new ScriptObject { ["name"] = f.First }
            from g in f.Groups
            let second = new ScriptObject { ["name"] = g.Second }
            from item in g.Items.Select((name, i) => (name, i))
            select new ScriptObject
            {
                ["first"] = first,
                ["second"] = second,
                ["item"] = new ScriptObject { ["name"] = item.name },
                ["second_rows"] = item.i == 0 ? g.Items.Length : 0,
            }];

    [Fact]
    public void Indicator_pairs_put_two_trees_side_by_side_and_pad_the_shorter_half()
    {
        var midterm = Tree(("产出指标", [("数量指标", ["a1", "a2"]), ("质量指标", ["a3"])]), ("效益指标", [("社会效益指标", ["b1"])]));
        var annual = Tree(("产出指标", [("数量指标", ["c1"])]), ("满意度指标", [("服务对象满意度指标", ["d1"])]));

        var pairs = TemplateFunctions.IndicatorPairs(midterm, annual).Cast<ScriptObject>().ToList();

        Assert.Equal(["产出指标", "效益指标", "满意度指标"], pairs.Select(p => Text(p, "name")));
        Assert.Equal([3, 1, 1], pairs.Select(p => (int)p["rows"]!));
        var output = Rows(pairs[0]);
        Assert.Equal(["a1", "a2", "a3"], output.Select(p => Text(Half(Half(p, "left"), "item"), "name")));
        Assert.Equal(["c1", "", ""], output.Select(p => Text(Half(Half(p, "right"), "item"), "name")));
        // The right half's 二级 cell spans its one row; the blank cells below it span the two rows left.
        Assert.Equal([1, 2, 0], output.Select(p => (int)Half(p, "right")["second_rows"]!));
        Assert.Equal([2, 0, 1], output.Select(p => (int)Half(p, "left")["second_rows"]!));
        Assert.Equal("", Text(Half(Half(Rows(pairs[1]).Single(), "right"), "second"), "name"));
    }

    private static List<ScriptObject> Rows(ScriptObject first) => [.. ((ScriptArray)first["pairs"]!).Cast<ScriptObject>()];

    private static ScriptObject Half(ScriptObject pair, string key) => (ScriptObject)pair[key]!;

    private static string Text(ScriptObject row, string key) => row[key] as string ?? "";
}
