namespace PerfPublish.Fix;

/// <summary>One content file to rewrite as UTF-8: its encoding today and the first lines as they will read.</summary>
public sealed record EncodingChange(string Path, string From, string Text, IReadOnlyList<string> Preview)
{
    /// <summary>Where the original bytes are kept: next to the file, named after the encoding they are in.</summary>
    public string Backup => $"{Path}.{From.ToLowerInvariant()}.bak";
}
