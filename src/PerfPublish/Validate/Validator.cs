using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;
using PerfPublish.Validate.Rules;

namespace PerfPublish.Validate;

/// <summary>Runs every content rule over a loaded publication; each rule owns one diagnostic code.</summary>
public sealed class Validator(ValidationContext context)
{
    public ValidationContext Context => context;

    public static IReadOnlyList<IRule> Rules { get; } =
    [
        new PublicationFolderNameRule(),
        new YearRule(),
        new SumRule(),
        new AgreeRule(),
        new AmountFormatRule(),
        new PurposeAmountsRule(),
        new SpendingPlanRangeRule(),
        new CumulativeRule(),
        new KnownFrameworkRule(),
        new FormTableNamesRule(),
        new IndicatorFrameworkRule(),
        new DuplicateIndicatorLevelRule(),
        new EmptySecondLevelRule(),
        new IndicatorValueRule(),
        new AmountUnitRule(),
        new PeriodRule(),
        new ScoreRangeRule(),
        new ScoreTotalRule(),
        new SatisfactionRule(),
        new TextLengthRule(),
        new DuplicateProjectCodeRule(),
        new DuplicateOrderRule(),
        new PlaceholderRule(),
        new RawHtmlInTextRule(),
        new ControlCharacterRule(),
    ];

    public void Check(Publication publication, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        foreach (var rule in Rules) rule.Check(publication, context, found);
        diagnostics.AddRange(found.Items.Select(d => AsProfileSays(d, publication)).OfType<Diagnostic>());
    }

    /// <summary>A finding in a form's record takes the severity its profile gives the rule (form.yaml severity:).</summary>
    private static Diagnostic? AsProfileSays(Diagnostic finding, Publication publication)
    {
        var record = FormRecords.Of(publication).FirstOrDefault(r => r.Origin.At.File == finding.Location.File);
        return record is null ? finding : TunableRules.Apply(finding, record.Profile.Severities);
    }
}
