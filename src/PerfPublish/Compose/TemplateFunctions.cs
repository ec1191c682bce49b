using System.Globalization;
using PerfPublish.Model;
using Scriban.Runtime;

namespace PerfPublish.Compose;

/// <summary>The functions templates call to print numbers the way the official form does.</summary>
public static class TemplateFunctions
{
    private static readonly string[] ChineseDigits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    internal static ScriptObject Create(MarkdownRenderer markdown)
    {
        var functions = new ScriptObject();
        functions.Import("amount", new Func<object?, string>(AmountOrPrinted));
        functions.Import("percent", new Func<decimal, string>(Percent));
        functions.Import("chinese_number", new Func<int, string>(ChineseNumber));
        functions.Import("indicator_rows", new Func<ScriptObject, int>(IndicatorRows));
        functions.Import("indicator_items", new Func<ScriptObject, ScriptArray>(IndicatorItems));
        functions.Import("indicator_pairs", new Func<ScriptArray, ScriptArray, ScriptArray>(IndicatorPairs));
        functions.Import("markdown", new Func<MarkdownText, Markup>(markdown.Render));
        return functions;
    }

    /// <summary>6 → "6.00": amounts print to the fen.</summary>
    public static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The amount filter: a number to the fen; an amount its profile prints its own way (print:) arrives as
    /// that text already and stays as it is; an absent one (an optional field left blank) prints nothing.
    /// </summary>
    public static string AmountOrPrinted(object? value) => value switch
    {
        decimal number => Amount(number),
        string printed => printed,
        null => "",
        _ => Amount(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>20 → "20.00%", as the seed's 资金支出计划 prints.</summary>
    public static string Percent(decimal value) => Amount(value) + "%";

    /// <summary>1 → 一, 12 → 十二, 20 → 二十: for 一、 and （一） numbering.</summary>
    public static string ChineseNumber(int value) => value switch
    {
        < 0 or > 99 => value.ToString(CultureInfo.InvariantCulture),
        < 10 => ChineseDigits[value],
        10 => "十",
        < 20 => "十" + ChineseDigits[value % 10],
        _ => ChineseDigits[value / 10] + "十" + (value % 10 == 0 ? "" : ChineseDigits[value % 10]),
    };

    /// <summary>How many grid rows a first-level indicator spans (the rowspan of its merged cell).</summary>
    public static int IndicatorRows(ScriptObject first) => Groups(first).Sum(g => IndicatorItems(g).Count);

    /// <summary>
    /// The rows a second-level indicator prints: its items, or one blank row when it has none (allowed,
    /// with warning PP0211), so the form still shows its name as the official form does.
    /// </summary>
    public static ScriptArray IndicatorItems(ScriptObject second) =>
        second["items"] is ScriptArray { Count: > 0 } items ? items : [new ScriptObject()];

    /// <summary>
    /// Two indicator trees side by side (the central form's 中期 and 年度 halves), sharing the 一级 column, each
    /// half given as the rows of templates/forms/indicator-tree.sbn-html (indicator_tree): one entry per
    /// first-level name in the order the first half (then the second) gives them, with `name`, `rows` (its
    /// rowspan) and `pairs`, each pair a `left` and a `right` row. A half with fewer rows under a name is padded
    /// with blank rows (a blank `second`, an empty `item`), the first of them spanning the rest.
    /// </summary>
    public static ScriptArray IndicatorPairs(ScriptArray left, ScriptArray right)
    {
        var names = left.Concat(right).OfType<ScriptObject>().Select(FirstName).Distinct(StringComparer.Ordinal).ToList();
        var result = new ScriptArray();
        foreach (var name in names)
        {
            var leftRows = RowsUnder(left, name);
            var rightRows = RowsUnder(right, name);
            var count = Math.Max(leftRows.Count, rightRows.Count);
            var pairs = new ScriptArray();
            for (var i = 0; i < count; i++)
                pairs.Add(new ScriptObject { ["left"] = RowAt(leftRows, i, count), ["right"] = RowAt(rightRows, i, count) });
            result.Add(new ScriptObject { ["name"] = name, ["rows"] = count, ["pairs"] = pairs });
        }
        return result;
    }

    private static string FirstName(ScriptObject row) => (row["first"] as ScriptObject)?["name"] as string ?? "";

    private static List<ScriptObject> RowsUnder(ScriptArray rows, string first) =>
        [.. rows.OfType<ScriptObject>().Where(row => FirstName(row) == first)];

    /// <summary>Row i of a half; past its end, blank cells, the first blank 二级 cell spanning the rest.</summary>
    private static ScriptObject RowAt(List<ScriptObject> rows, int i, int count) => i < rows.Count
        ? rows[i]
        : new ScriptObject
        {
            ["second"] = new ScriptObject { ["name"] = "" },
            ["second_rows"] = i == rows.Count ? count - rows.Count : 0,
            ["item"] = new ScriptObject(),
        };

    private static IEnumerable<ScriptObject> Groups(ScriptObject first) =>
        first["groups"] is ScriptArray groups ? groups.OfType<ScriptObject>() : [];
}
