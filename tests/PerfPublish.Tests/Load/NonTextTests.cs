using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PerfPublish.Forms;
using PerfPublish.Load;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Load;

/// <summary>
/// The one rule for characters that are not text (issue 21: U+061C, U+2060–2064 and U+206A–206F passed a
/// hand-kept list). By Unicode category: every format (Cf) character, every explicit bidirectional
/// control and mark, controls, noncharacters and line separators are refused; private-use and unassigned
/// code points are text. The JSON Schemas' patterns say the same, code point for code point.
/// </summary>
public class NonTextTests
{
    /// <summary>The explicit bidirectional formatting characters and marks of UAX #9 (LRE…RLO, LRI…PDI, LRM, RLM, ALM).</summary>
    public static TheoryData<int> BidiControls() =>
        [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C];

    private static IEnumerable<Rune> EveryCodePoint() =>
        Enumerable.Range(0, 0x110000).Where(Rune.IsValid).Select(v => new Rune(v));

    [Fact]
    public void Every_format_character_is_refused_wherever_it_stands_in_a_text()
    {
        var format = EveryCodePoint().Where(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.Format).ToList();

        Assert.True(format.Count > 150, $"{format.Count} Cf code points");
        Assert.All(format, rune =>
        {
            Assert.Equal(NonTextKind.Format, NonText.Of(rune));
            Assert.Equal(3, NonText.First("-5%" + rune + "x"));
        });
    }

    [Theory]
    [MemberData(nameof(BidiControls))]
    public void Every_explicit_bidi_control_is_a_format_character_and_refused(int codePoint)
    {
        var rune = new Rune(codePoint);

        Assert.Equal(UnicodeCategory.Format, Rune.GetUnicodeCategory(rune));
        Assert.Equal(NonTextKind.Format, NonText.Of(rune));
    }

    [Theory]
    [InlineData(0x0001, NonTextKind.Control)]
    [InlineData(0x007F, NonTextKind.Control)]
    [InlineData(0x009B, NonTextKind.Control)]
    [InlineData(0xFFFE, NonTextKind.Control)]
    [InlineData(0xFDD0, NonTextKind.Control)]
    [InlineData(0x10FFFF, NonTextKind.Control)]
    [InlineData(0x0085, NonTextKind.LineBreak)]
    [InlineData(0x2028, NonTextKind.LineBreak)]
    [InlineData(0x2029, NonTextKind.LineBreak)]
    [InlineData(0x061C, NonTextKind.Format)]
    [InlineData(0x2060, NonTextKind.Format)]
    [InlineData(0x2064, NonTextKind.Format)]
    [InlineData(0x206A, NonTextKind.Format)]
    [InlineData(0x206F, NonTextKind.Format)]
    [InlineData(0xE0001, NonTextKind.Format)]
    [InlineData('\t', NonTextKind.None)]
    [InlineData('\n', NonTextKind.None)]
    [InlineData('\r', NonTextKind.None)]
    [InlineData('国', NonTextKind.None)]
    [InlineData(0x3000, NonTextKind.None)]
    [InlineData(0x30000, NonTextKind.None)]
    [InlineData(0xE000, NonTextKind.None)]
    [InlineData(0xF8FF, NonTextKind.None)]
    [InlineData(0xF0000, NonTextKind.None)]
    [InlineData(0x0378, NonTextKind.None)]
    public void A_character_is_classed_by_its_category(int codePoint, NonTextKind expected)
    {
        Assert.Equal(expected, NonText.Of(new Rune(codePoint)));
    }

    [Fact]
    public void An_unpaired_surrogate_is_not_text()
    {
        Assert.Equal(2, NonText.First("ab\uD800c"));
        Assert.Equal(2, NonText.First("ab\uDC00"));
        Assert.Null(NonText.First("ab\U0001F600c"));
    }

    /// <summary>What an editor's YAML extension flags as it is typed is what the build refuses.</summary>
    [Fact]
    public void The_schema_pattern_refuses_exactly_the_characters_the_rule_refuses()
    {
        var pattern = new Regex(FormSchema.TextPattern, RegexOptions.CultureInvariant);

        var disagreements = EveryCodePoint()
            .Where(rune => pattern.IsMatch("预算" + rune + "万元") != (NonText.Of(rune) == NonTextKind.None))
            .Select(rune => $"U+{rune.Value:X4}")
            .ToList();

        Assert.Empty(disagreements);
    }

    /// <summary>Every text pattern of every schema in schemas/, generated or written by hand, is the rule's.</summary>
    [Fact]
    public void Every_schema_in_the_repository_uses_the_rules_pattern()
    {
        var patterns = Directory.GetFiles(Path.Combine(Repo.Root, "schemas"), "*.json", SearchOption.AllDirectories)
            .SelectMany(file => Patterns(JsonNode.Parse(File.ReadAllText(file))).Select(p => (File: Path.GetFileName(file), Pattern: p)))
            .Where(p => p.Pattern.StartsWith(@"^(?![\s\S]*", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(patterns);
        Assert.All(patterns, p => Assert.StartsWith(@"^(?![\s\S]*" + NonText.Pattern + ")", p.Pattern));
    }

    private static IEnumerable<string> Patterns(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "pattern" && p.Value is JsonValue v && v.TryGetValue<string>(out var text) ? [text] : Patterns(p.Value)),
        JsonArray a => a.SelectMany(Patterns),
        _ => [],
    };
}
