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
        functions.Import("amount", new Func<decimal, string>(Amount));
        functions.Import("percent", new Func<decimal, string>(Percent));
        functions.Import("chinese_number", new Func<int, string>(ChineseNumber));
        functions.Import("indicator_rows", new Func<FirstLevelIndicator, int>(IndicatorRows));
        functions.Import("indicator_items", new Func<SecondLevelIndicator, IReadOnlyList<Indicator>>(IndicatorItems));
        functions.Import("markdown", new Func<MarkdownText, Markup>(markdown.Render));
        return functions;
    }

    /// <summary>6 → "6.00": amounts print to the fen.</summary>
    public static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

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
    public static int IndicatorRows(FirstLevelIndicator first) => first.Groups.Sum(g => IndicatorItems(g).Count);

    /// <summary>
    /// The rows a second-level indicator prints: its items, or one blank row when it has none (allowed,
    /// with warning PP0211), so the form still shows its name as the official form does.
    /// </summary>
    public static IReadOnlyList<Indicator> IndicatorItems(SecondLevelIndicator second) =>
        second.Items.IsEmpty ? [new Indicator("", "", "", "", second.Origin)] : second.Items;
}
