using System.Text.RegularExpressions;

namespace PerfPublish.Import;

/// <summary>
/// What the line above each form says (the unit and the currency unit): "632001秦皇岛市北戴河区政府采购中心(本级)" and "单位：万元", typed as one
/// tab-separated paragraph, as two paragraphs, or as a borderless two-cell table; or as label：value pairs, the way a
/// form published alone prints it: 填报单位：（盖章）　　单位：万元, 填报单位：某某区人民政府　金额单位：万元.
/// </summary>
public sealed partial record UnitLineFields(string? Code, string? Name, string? CurrencyUnit)
{
    [GeneratedRegex(@"^(?<unit>.*?)[\s\u3000]*单位[:：][\s\u3000]*(?<currency>\S+)$", RegexOptions.Singleline)]
    private static partial Regex WithCurrency();

    [GeneratedRegex(@"^(?<code>\d{3,12})[\s\u3000]*(?<name>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex CodeAndName();

    // The labels such a line prints; a name label may carry the stamp mark before its colon (填报单位（盖章）：).
    [GeneratedRegex(@"(?<label>填报单位|单位名称|预算单位|编制单位|申报单位|金额单位|单位)[\s\u3000]*(?<stamp>[（(][\s\u3000]*[盖公签]章[\s\u3000]*[）)])?[\s\u3000]*[:：]")]
    private static partial Regex Label();

    // Where the stamp goes: printed by the form, never a unit's name.
    [GeneratedRegex(@"[（(][\s\u3000]*[盖公签]章[\s\u3000]*[）)]")]
    private static partial Regex Stamp();

    /// <summary>The unit line in <paramref name="text"/> (pieces joined by tabs), or null when it has no 单位： part.</summary>
    public static UnitLineFields? Parse(string text)
    {
        var trimmed = text.Trim(ImportText.Blanks);
        if (Label().IsMatch(trimmed)) return Labelled(trimmed);
        var match = WithCurrency().Match(trimmed);
        if (!match.Success) return null;
        var unit = match.Groups["unit"].Value.Trim(ImportText.Blanks);
        var currency = match.Groups["currency"].Value.Trim(ImportText.Blanks);
        return unit.Length == 0 ? new UnitLineFields(null, null, currency) : Unit(unit) with { CurrencyUnit = currency };
    }

    /// <summary>The unit's part alone ("632001秦皇岛市…"), for the first of two paragraphs.</summary>
    public static UnitLineFields? ParseUnit(string text)
    {
        var split = CodeAndName().Match(text.Trim(ImportText.Blanks));
        return split.Success ? new UnitLineFields(split.Groups["code"].Value, split.Groups["name"].Value.Trim(ImportText.Blanks), null) : null;
    }

    /// <summary>
    /// A line of label：value pairs. Text before the first label is the unit (632001某某局　金额单位：万元); a name left as
    /// the stamp mark (（盖章）) is no name. A line with anything else in it (填报日期：…) is not a unit line: null, so it stays a note.
    /// </summary>
    private static UnitLineFields? Labelled(string text)
    {
        var labels = Label().Matches(text);
        var before = text[..labels[0].Index].Trim(ImportText.Blanks);
        UnitLineFields line = before.Length > 0 ? Unit(before) : new(null, null, null);
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            var value = Stamp().Replace(text[(labels[i].Index + labels[i].Length)..end], "").Trim(ImportText.Blanks);
            if (value.Contains('：') || value.Contains(':')) return null;
            var label = labels[i].Groups["label"].Value;
            if (label is "单位" or "金额单位")
            {
                if (value.Length == 0 || value.Any(char.IsWhiteSpace) || line.CurrencyUnit is not null) return null;
                line = line with { CurrencyUnit = value };
            }
            else if (value.Length > 0)
            {
                if (line.Name is not null) return null;
                line = Unit(value) with { CurrencyUnit = line.CurrencyUnit };
            }
        }

        return line.CurrencyUnit is null ? null : line;
    }

    private static UnitLineFields Unit(string text) =>
        CodeAndName().Match(text) is { Success: true } split
            ? new UnitLineFields(split.Groups["code"].Value, split.Groups["name"].Value.Trim(ImportText.Blanks), null)
            : new UnitLineFields(null, text, null);
}
