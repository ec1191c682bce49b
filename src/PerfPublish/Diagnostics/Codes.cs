namespace PerfPublish.Diagnostics;

/// <summary>
/// Stable diagnostic codes; docs/diagnostics.md explains each one to editors in Chinese and English
/// (a test keeps the two lists equal). A code is never reused for a different problem.
/// </summary>
public static class Codes
{
    // Files: reading and parsing.
    public const string YamlSyntax = "PP0001";
    public const string FileMissing = "PP0002";
    public const string Encoding = "PP0003";
    public const string EmptyFile = "PP0004";
    public const string FileTooLarge = "PP0005";
    public const string NestingTooDeep = "PP0006";
    public const string NotRegularFile = "PP0007";
    public const string AliasExpansion = "PP0008";

    // Structure: keys, types, lists.
    public const string RequiredField = "PP0101";
    public const string WrongType = "PP0102";
    public const string UnknownKey = "PP0103";
    public const string DuplicateKey = "PP0104";
    public const string EmptyList = "PP0105";

    // Content rules (Validate/Rules, one class per code).
    public const string BudgetSum = "PP0201";
    public const string AmountFormat = "PP0202";
    public const string SpendingPlan = "PP0203";
    public const string IndicatorLevel = "PP0204";
    public const string UnknownFramework = "PP0205";
    public const string DuplicateProjectCode = "PP0206";
    public const string DuplicateOrder = "PP0207";
    public const string ProjectFileName = "PP0208";
    public const string NoPublications = "PP0209";
    public const string PurposeAmount = "PP0210";
    public const string EmptySecondLevel = "PP0211";
    public const string IndicatorValue = "PP0212";
    public const string SatisfactionAbove100 = "PP0213";
    public const string PercentageRange = "PP0214";
    public const string Placeholder = "PP0215";
    public const string DuplicateIndicatorLevel = "PP0216";
    public const string YearRange = "PP0217";
    public const string TextTooLong = "PP0218";
    public const string AgreeCheck = "PP0220";
    public const string UnknownProfile = "PP0221";
    public const string SatisfactionLow = "PP0222";
    public const string PublicationFolderName = "PP0223";
    public const string AmountUnit = "PP0224";
    public const string Period = "PP0225";
    public const string ScoreRange = "PP0226";
    public const string ScoreTotal = "PP0227";
    public const string SameUnit = "PP0228";

    // Composing the document.
    public const string Template = "PP0301";
    public const string Markup = "PP0302";
    public const string UnsafeContent = "PP0303";

    // Form profiles (templates/forms/<id>/form.yaml and form.sbn-html).
    public const string UnknownFieldType = "PP0501";
    public const string UnknownFieldReference = "PP0502";
    public const string ProfileFramework = "PP0503";
    public const string TemplateField = "PP0504";
    public const string ProfileId = "PP0505";
    public const string ProfileSeverity = "PP0506";

    // Writing.
    public const string Output = "PP0401";
    public const string ShardSet = "PP0402";
    public const string OutputInUse = "PP0403";
    public const string OutputNotOurs = "PP0404";
    public const string ManifestUnreadable = "PP0405";

    // Importing a Word file (perfpublish import).
    public const string ImportNotWord = "PP0601";
    public const string ImportTooLarge = "PP0602";
    public const string ImportIgnored = "PP0603";
    public const string ImportEncrypted = "PP0604";
    public const string ImportXml = "PP0605";
    public const string ImportConvert = "PP0606";
    public const string ImportUnmapped = "PP0607";
    public const string ImportValue = "PP0608";
    public const string ImportShifted = "PP0609";
    public const string ImportNoForm = "PP0610";
    public const string ImportDashAsZero = "PP0611";
    public const string ImportPlaceholder = "PP0612";
    public const string ImportRowLimit = "PP0613";
    public const string ImportGuessed = "PP0614";
    public const string ImportInvisible = "PP0615";

    // Reviewing a change before publishing (perfpublish diff).
    public const string NotARepository = "PP0701";
    public const string UnknownRef = "PP0702";
    public const string SideFailed = "PP0703";
}
