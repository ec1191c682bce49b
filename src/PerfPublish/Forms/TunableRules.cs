using System.Collections.Immutable;
using PerfPublish.Diagnostics;

namespace PerfPublish.Forms;

/// <summary>
/// The rules a profile may tune for its form: those that check the values of a form's record and report
/// them there. Structure (keys, types), placeholders, unsafe content and what belongs to the publication
/// as a whole (its year, framework, project codes) are the same for every form and stay as they are.
/// </summary>
public static class TunableRules
{
    public static readonly ImmutableArray<string> Codes =
    [
        Diagnostics.Codes.BudgetSum, Diagnostics.Codes.AmountFormat, Diagnostics.Codes.SpendingPlan, Diagnostics.Codes.IndicatorLevel,
        Diagnostics.Codes.PurposeAmount, Diagnostics.Codes.EmptySecondLevel, Diagnostics.Codes.IndicatorValue,
        Diagnostics.Codes.SatisfactionAbove100, Diagnostics.Codes.PercentageRange, Diagnostics.Codes.DuplicateIndicatorLevel,
        Diagnostics.Codes.TextTooLong, Diagnostics.Codes.AgreeCheck, Diagnostics.Codes.SatisfactionLow, Diagnostics.Codes.AmountUnit,
        Diagnostics.Codes.Period, Diagnostics.Codes.ScoreRange, Diagnostics.Codes.ScoreTotal,
    ];

    /// <summary>The finding as the profile wants it (its severity changed), or null when the profile turns the rule off.</summary>
    public static Diagnostic? Apply(Diagnostic finding, ImmutableDictionary<string, RuleSeverity> severities) =>
        severities.TryGetValue(finding.Code, out var severity) ? severity switch
        {
            RuleSeverity.Off => null,
            RuleSeverity.Warning => finding with { Severity = Severity.Warning },
            _ => finding with { Severity = Severity.Error },
        } : finding;
}
