using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfPublish.Import;

/// <summary>
/// Numbers as offices type them in a form: 6, 6.00, 6.0万元, 1,200.50; percentages 20%, 20.00%, 20％.
/// A text that is anything more (预算6万元左右, 约20%) is not a number: the caller keeps it as text and warns.
/// </summary>
public static partial class ImportNumbers
{
    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+(\.\d+)?$")]
    private static partial Regex Plain();

    /// <summary>
    /// An amount in the publication's currency unit; the unit may be written after it ("6.0万元" when the unit is
    /// 万元). It is written to the cent as the form prints it (6 → 6.00); more decimals than that are kept, not rounded.
    /// </summary>
    public static decimal? Amount(string text, string currencyUnit)
    {
        var value = WithoutUnit(Squeeze(text), currencyUnit);
        // Adding 0.00m gives the sum the larger of the two scales: at least two decimals, never fewer digits.
        return Parse(value) + 0.00m;
    }

    /// <summary>
    /// The amount without its unit when the unit is the publication's: 6万元 and 6万 when it is 万元 (people type both:
    /// 250万), 6元 when it is 元. The one place import reads 万: a unit that is not the publication's stays, and the
    /// text is then no number (a warning, never a conversion).
    /// </summary>
    private static string WithoutUnit(string value, string currencyUnit)
    {
        if (currencyUnit.Length > 0 && value.EndsWith(currencyUnit, StringComparison.Ordinal)) return value[..^currencyUnit.Length];
        return currencyUnit == "万元" && value.EndsWith('万') ? value[..^1] : value;
    }

    /// <summary>A dash, a slash or 无 where an amount goes: the office's way of writing that there is none.</summary>
    public static bool IsNone(string text) => Squeeze(text) is "-" or "－" or "—" or "——" or "―" or "–" or "/" or "／" or "无" or "0元";

    /// <summary>A percentage without its sign, trailing zeros dropped (20.00% → 20, 12.50% → 12.5).</summary>
    public static decimal? Percentage(string text)
    {
        var value = Squeeze(text).TrimEnd('%', '％');
        return Parse(value) is { } number ? decimal.Parse(number.ToString("0.############", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;
    }

    private static decimal? Parse(string value) =>
        Plain().IsMatch(value) && decimal.TryParse(value.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    /// <summary>Full-width digits and points as half-width, blanks removed: Word files hold both.</summary>
    private static string Squeeze(string text)
    {
        var chars = text.Where(c => !ImportText.Blanks.Contains(c))
            .Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c is '．' ? '.' : c is '，' ? ',' : c);
        return new string([.. chars]);
    }
}
