using PerfPublish.Write.Data;
using PerfPublish.Write.Html;

namespace PerfPublish.Publishing;

/// <summary>
/// The downloads a publication's page links: every file in its folder of a kind people download, each
/// labelled in Chinese (the open-data files by <see cref="OpenData.Labels"/>), never by its file name alone.
/// </summary>
public static class Downloads
{
    private static readonly (string Extension, string Label)[] Kinds =
    [
        (".docx", "Word 文件（.docx）"),
        (".pdf", "PDF 文件（.pdf）"),
        (".json", "开放数据（JSON）"),
        (".csv", "开放数据（CSV）"),
    ];

    /// <summary>The downloads among <paramref name="files"/> in <paramref name="folder"/>, each with its label from <paramref name="labels"/> (by file name) or its kind's.</summary>
    public static IReadOnlyList<Download> In(IEnumerable<string> files, string folder, IReadOnlyDictionary<string, string> labels) =>
        [.. Kinds.SelectMany(kind => files
            .Where(f => f.StartsWith(folder, StringComparison.Ordinal) && f.EndsWith(kind.Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new Download(labels.GetValueOrDefault(f[folder.Length..], kind.Label), RelativeLink.To(f[folder.Length..]))))];
}
