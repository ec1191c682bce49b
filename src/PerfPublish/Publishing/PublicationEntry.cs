using PerfPublish.Diagnostics;
using PerfPublish.Write;

namespace PerfPublish.Publishing;

/// <summary>
/// One publication folder as a build goes through it (Pipeline.Build), filled in step by step: its content key
/// and unit first (Identify), then its summary, page key and what was built (UnitWork). One worker at a time
/// writes to it; the build reads it when every worker is done.
/// </summary>
internal sealed class PublicationEntry(Pipeline.ContentFolder folder, bool inShard)
{
    public Pipeline.ContentFolder Folder { get; } = folder;

    /// <summary>Built by this build (not only summarised for its unit's other pages, as for another shard's).</summary>
    public bool InShard { get; } = inShard;

    public DiagnosticBag Bag { get; } = new();

    public string? Stamp { get; set; }

    public string ContentKey { get; set; } = "";

    /// <summary>The unit it is of (UnitIdentity): a unit's publications are loaded and built together.</summary>
    public string Unit { get; set; } = "";

    public PublicationSummary? Summary { get; set; }

    /// <summary>Its summary is the one the previous build recorded for the same content: it was not loaded for it.</summary>
    public bool Recorded { get; set; }

    /// <summary>The key of its page: its content key with its unit's other years' (ContentKey.OfPage).</summary>
    public string PageKey { get; set; } = "";

    public BuiltPublication? Built { get; set; }

    /// <summary>The write times that may stand for its files in the new site (BuildStamps), by path.</summary>
    public IReadOnlyDictionary<string, long> FileTicks { get; set; } = new Dictionary<string, long>();

    /// <summary>What the site records of it, built now into <paramref name="output"/>.</summary>
    public BuiltPublication BuiltFrom(PublicationOutput output) =>
        new(Summary!, [.. output.Files.Select(f => BuiltFile.Of(f.Path, f.Bytes))], ContentKey, PageKey, Bag.Items, output.Complete);

    /// <summary>What the next build's stamps file records of it.</summary>
    public PublicationStamps Stamps => new(Stamp, ContentKey, FileTicks);
}
