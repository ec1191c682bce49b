namespace PerfPublish.Publishing;

/// <summary>
/// Serve's store: the site's files in memory by relative path, a page whose key is in the render cache taken
/// from it (the very arrays rendered before), a built one added to both.
/// </summary>
internal sealed class RenderedPublications(RenderCache cache) : IPublicationStore
{
    private readonly Lock _lock = new();

    public SortedDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public bool Reuse(PublicationEntry entry)
    {
        if (cache.Find(entry.PageKey) is not { } cached) return false;
        entry.Bag.AddRange(cached.Diagnostics);
        Add(entry, cached.Output);
        return true;
    }

    public void Keep(PublicationEntry entry, PublicationOutput output)
    {
        cache.Add(entry.PageKey, output, entry.Bag.Items);
        Add(entry, output);
    }

    private void Add(PublicationEntry entry, PublicationOutput output)
    {
        lock (_lock)
            foreach (var (path, bytes) in output.Files) Files[path] = bytes;
        entry.Built = entry.BuiltFrom(output);
    }
}
