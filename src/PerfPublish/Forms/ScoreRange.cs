namespace PerfPublish.Forms;

/// <summary>The scores a first-level indicator may add up to, as the form prints them: 成本指标(0-20)分.</summary>
public sealed record ScoreRange(string FirstLevel, decimal Min, decimal Max)
{
    public string Printed => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min:0.##}-{Max:0.##}");
}
