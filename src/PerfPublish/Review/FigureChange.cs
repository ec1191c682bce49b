namespace PerfPublish.Review;

/// <summary>A number of the form (an amount or a percentage) whose value changed; null where a side has none.</summary>
public sealed record FigureChange(string Where, string Label, decimal? Old, decimal? New, bool IsPercentage)
{
    public decimal? Difference => Old is { } old && New is { } @new ? @new - old : null;
}
