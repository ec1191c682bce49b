using PerfPublish.Diagnostics;
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
        foreach (var rule in Rules) rule.Check(publication, context, diagnostics);
    }
}
