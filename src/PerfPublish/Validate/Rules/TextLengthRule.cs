using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0218: a text is no longer than its field's max_length, and an indicator's name (一级, 二级, 三级) no
/// longer than 100 characters, as finance systems accept them.
/// </summary>
public sealed class TextLengthRule : IRule
{
    public const int MaxIndicatorName = 100;

    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var record in FormRecords.Of(publication))
        {
            foreach (var text in FormRecords.Values(record).OfType<TextValue>())
                if (text.Field.MaxLength is { } max && text.Text.Length > max)
                    Report(text.At, CumulativeRule.Describe(text), text.Text.Length, max, diagnostics);
            foreach (var first in record.Trees.SelectMany(t => t.Levels))
            {
                Check(first.Name, first.Origin.Of("level1"), "level1", diagnostics);
                foreach (var second in first.Groups)
                {
                    Check(second.Name, second.Origin.Of("level2"), "level2", diagnostics);
                    foreach (var row in second.Items) Check(row.Name, row.Origin.Of("level3"), "level3", diagnostics);
                }
            }
        }
    }

    private static void Check(string name, SourceLocation at, string key, DiagnosticBag diagnostics)
    {
        if (name.Length > MaxIndicatorName) Report(at, Load.FieldNames.Describe(key), name.Length, MaxIndicatorName, diagnostics);
    }

    private static void Report(SourceLocation at, string field, int length, int max, DiagnosticBag diagnostics) =>
        diagnostics.ErrorOf(at, Codes.TextTooLong, field, length, max);
}
