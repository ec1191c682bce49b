using System.Globalization;

namespace PerfPublish.Forms;

/// <summary>
/// How a profile prints an amount field (form.yaml <c>print:</c>): with at least <see cref="Decimals"/>
/// decimals and a <see cref="Suffix"/> ("250" → "250万"), or as the office typed it ("1,250.00", "250万元").
/// Decimals are a minimum: a printed amount never loses a digit the content holds.
/// </summary>
public sealed record AmountPrint(int Decimals, string Suffix, bool AsTyped)
{
    /// <summary>What a field without print: gets, as the seed's form prints: to the fen, no suffix (6 → 6.00).</summary>
    public static readonly AmountPrint Default = new(2, "", false);

    public const int MaxDecimals = 4;

    public static readonly AmountPrint Typed = new(2, "", true);

    public string Print(decimal number, string? typed)
    {
        if (AsTyped && typed is not null) return typed;
        var decimals = Math.Max(Decimals, SignificantDecimals(number));
        return number.ToString("F" + decimals, CultureInfo.InvariantCulture) + Suffix;
    }

    /// <summary>The decimals a number needs (250.50 → 1): dividing by 1.000… drops a decimal's trailing zeros.</summary>
    private static int SignificantDecimals(decimal number) =>
        (decimal.GetBits(number / 1.000000000000000000000000000000000m)[3] >> 16) & 0xFF;
}
