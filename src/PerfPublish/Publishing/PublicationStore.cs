namespace PerfPublish.Publishing;

/// <summary>
/// Where a pass over the publications (PublicationPass) finds a page built before and keeps what it builds:
/// the site folder with the previous build's manifest (<see cref="StagedPublications"/>, a build), or memory
/// (<see cref="RenderedPublications"/>, serve). Both set the entry's <see cref="PublicationEntry.Built"/>.
/// </summary>
internal interface IPublicationStore
{
    /// <summary>Takes over the entry's previous page and files when its page key is the one they were built for; false when it is to be built.</summary>
    bool Reuse(PublicationEntry entry);

    /// <summary>Keeps what was built of the entry (built without errors).</summary>
    void Keep(PublicationEntry entry, PublicationOutput output);
}
