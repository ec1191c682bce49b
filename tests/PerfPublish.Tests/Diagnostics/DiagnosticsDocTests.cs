using System.Reflection;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Diagnostics;

/// <summary>docs/diagnostics.md has exactly one line per code in Codes, each in Chinese and in English.</summary>
public partial class DiagnosticsDocTests
{
    [GeneratedRegex(@"^\| (?<code>PP\d{4}) \| (?<chinese>[^|]+) \| (?<english>[^|]+) \|$")]
    private static partial Regex Row();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    private static IReadOnlyList<string> CodesInSource() =>
        [.. typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<Match> Rows() =>
        [.. File.ReadAllLines(Path.Combine(Repo.Root, "docs", "diagnostics.md")).Select(l => Row().Match(l)).Where(m => m.Success)];

    [Fact]
    public void Every_code_has_exactly_one_line_and_every_line_a_code()
    {
        var documented = Rows().Select(r => r.Groups["code"].Value).ToList();

        Assert.Equal(CodesInSource(), documented.Order(StringComparer.Ordinal));
        Assert.Equal(documented.Count, documented.Distinct().Count());
    }

    [Fact]
    public void Codes_are_unique_in_source()
    {
        Assert.Equal(CodesInSource().Count, CodesInSource().Distinct().Count());
    }

    [Fact]
    public void Each_line_says_it_in_Chinese_and_in_English()
    {
        foreach (var row in Rows())
        {
            Assert.Matches(Chinese(), row.Groups["chinese"].Value);
            Assert.Matches("[A-Za-z]{3,}.*[A-Za-z]{3,}", row.Groups["english"].Value);
        }
    }
}
