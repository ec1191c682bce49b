using System.Text.RegularExpressions;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Docs;

/// <summary>The README is the front door: short enough to read, and every page it sends a reader to exists.</summary>
public partial class ReadmeTests
{
    [GeneratedRegex(@"\]\((?<target>[^)#]+)(?:#[^)]*)?\)")]
    private static partial Regex MarkdownLink();

    /// <summary>Code (fenced blocks and `spans`) shows links as examples; only the prose's links are followed.</summary>
    [GeneratedRegex(@"```.*?```|`[^`\n]*`", RegexOptions.Singleline)]
    private static partial Regex Code();

    private static string Readme() => File.ReadAllText(Path.Combine(Repo.Root, "README.md"));

    [Fact]
    public void Is_at_most_200_lines()
    {
        Assert.InRange(Readme().Split('\n').Length, 1, 200);
    }

    [Fact]
    public void Every_link_of_the_docs_resolves()
    {
        var pages = new[] { Path.Combine(Repo.Root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(Repo.Root, "docs"), "*.md"));
        var broken = pages.SelectMany(page => MarkdownLink().Matches(Code().Replace(File.ReadAllText(page), ""))
                .Select(m => m.Groups["target"].Value)
                .Where(target => !target.Contains("://") && !target.StartsWith("mailto:", StringComparison.Ordinal))
                .Where(target => !Path.Exists(Path.Combine(Path.GetDirectoryName(page)!, target)))
                .Select(target => $"{Path.GetFileName(page)} → {target}"));

        Assert.Empty(broken);
    }
}
