namespace PerfPublish.Diagnostics;

/// <summary>Stable diagnostic codes; docs/diagnostics.md explains each one to editors.</summary>
public static class Codes
{
    public const string YamlSyntax = "PP0001";
    public const string FileMissing = "PP0002";
    public const string Encoding = "PP0003";
    public const string EmptyFile = "PP0004";
    public const string RequiredField = "PP0101";
    public const string WrongType = "PP0102";
    public const string UnknownKey = "PP0103";
    public const string DuplicateKey = "PP0104";
    public const string BudgetSum = "PP0201";
    public const string AmountFormat = "PP0202";
    public const string SpendingPlan = "PP0203";
    public const string IndicatorLevel = "PP0204";
    public const string UnknownFramework = "PP0205";
    public const string DuplicateProjectCode = "PP0206";
    public const string DuplicateOrder = "PP0207";
    public const string ProjectFileName = "PP0208";
    public const string NoPublications = "PP0209";
    public const string Template = "PP0301";
    public const string Markup = "PP0302";
    public const string UnsafeContent = "PP0303";
    public const string Output = "PP0401";
}
