using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Diagnostics;

/// <summary>
/// Every message exists in Chinese and in English: each diagnostic code has its entry in both .resx files,
/// both files have the same entries, and each entry takes the same values in both languages. The same
/// holds for the command line's own texts.
/// </summary>
public partial class MessagesTests
{
    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseCharacter();

    private static readonly Localized CliTexts = new("PerfPublish.Cli.Texts", Assembly.Load("PerfPublish.Cli"));

    public static TheoryData<string> Codes() =>
        [.. typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_a_message_in_Chinese_and_in_English(string code)
    {
        Assert.Contains(Messages.Texts.All(MessageLanguage.Chinese).Keys, key => key == code || key.StartsWith(code + "_", StringComparison.Ordinal));
        Assert.Contains(Messages.Texts.All(MessageLanguage.English).Keys, key => key == code || key.StartsWith(code + "_", StringComparison.Ordinal));
    }

    [Fact]
    public void The_diagnostics_messages_say_the_same_in_both_languages() => AssertSameEntries(Messages.Texts);

    [Fact]
    public void The_command_line_texts_say_the_same_in_both_languages() => AssertSameEntries(CliTexts);

    [Fact]
    public void A_message_is_read_in_the_language_asked_for()
    {
        var chinese = MessageLanguage.In(MessageLanguage.Chinese, () => Messages.Format("PP0201", "预算数", 6.5m, "财政资金 6.00 + 其他资金 0.00", 6m));
        var english = MessageLanguage.In(MessageLanguage.English, () => Messages.Format("PP0201", "预算数", 6.5m, "财政资金 6.00 + 其他资金 0.00", 6m));

        Assert.Equal("预算数 6.50 ≠ 财政资金 6.00 + 其他资金 0.00（= 6.00）；预算数应等于各项之和", chinese);
        Assert.Equal("预算数 6.50 ≠ 财政资金 6.00 + 其他资金 0.00 (= 6.00); the total must equal its parts added up", english);
    }

    private static void AssertSameEntries(Localized texts)
    {
        var chinese = texts.All(MessageLanguage.Chinese);
        var english = texts.All(MessageLanguage.English);

        Assert.Equal(chinese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in chinese)
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(english[key])), $"'{key}' takes other values in Chinese than in English");
            // Both files parse as format strings: a stray brace would throw only when the message is printed.
            _ = string.Format(CultureInfo.InvariantCulture, text, new object[10]);
            _ = string.Format(CultureInfo.InvariantCulture, english[key], new object[10]);
        }
        // The Chinese file is Chinese: an entry copied over untranslated would pass every test above.
        Assert.All(chinese.Where(e => e.Value.Any(char.IsLetter) && Placeholder().Replace(e.Value, "").Trim('{', '}', ' ', '“', '”', '\'').Length > 2),
            e => Assert.True(ChineseCharacter().IsMatch(e.Value), $"'{e.Key}' has no Chinese: {e.Value}"));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];
}
