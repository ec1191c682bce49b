using PerfPublish.Write.Data;
using PerfPublish.Write.Html;

namespace PerfPublish.Build;

/// <summary>The downloads a publication's page links: every file in its folder of a kind people download.</summary>
public static class Downloads
{
    private static readonly (string Extension, string Label)[] Kinds =
    [
        (".docx", "Word 文件（.docx）"),
        (".pdf", "PDF 文件（.pdf）"),
        (".json", "开放数据（JSON）"),
        (".csv", "开放数据（CSV）"),
    ];

    public static IReadOnlyList<Download> In(IEnumerable<string> files, string folder) =>
        [.. Kinds.SelectMany(kind => files
            .Where(f => f.StartsWith(folder, StringComparison.Ordinal) && f.EndsWith(kind.Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new Download(Label(kind.Label, f[folder.Length..]), RelativeLink.To(f[folder.Length..]))))];

    /// <summary>A publication has one Word and one PDF file but several data files: those say what they hold, or their name.</summary>
    private static string Label(string kind, string file) =>
        OpenData.Label(file) ?? (kind.StartsWith("开放数据", StringComparison.Ordinal) ? $"{kind} {file}" : kind);
}
