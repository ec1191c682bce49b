using PerfPublish.Model;
using PerfPublish.Office;
using PerfPublish.Validate;
using PerfPublish.Write;

namespace PerfPublish.Publishing;

/// <summary>
/// One worker's share of a pass (PublicationPass), whole units at a time: the publications whose summary was not
/// recorded are loaded and checked; each page whose key is unchanged is taken from the store (linked in from the
/// previous site, or serve's memory); the rest are built from the publications just loaded (a recorded one is
/// loaded now). Once a publication has an error nothing more is built, since the site will not be replaced, but
/// every one is still checked.
/// </summary>
internal sealed class UnitWork(Validator validator, SiteTemplates templates, LibreOfficePool libreOffices, IPublicationStore store,
    StepCounter check, StepCounter compose)
{
    private volatile bool _failing;

    public void Run(PublicationEntry[][] units)
    {
        var entries = units.SelectMany(unit => unit).ToList();
        var loaded = entries.Where(e => !e.Recorded).Select(Load).OfType<(PublicationEntry Entry, Publication Publication)>()
            .Where(l => l.Entry.InShard).ToDictionary(l => l.Entry, l => l.Publication);
        if (entries.Any(e => e.InShard && e.Bag.HasErrors)) _failing = true;
        Build(units, entries, loaded);

        // The prose's own errors (raw HTML, headings, unsafe links) show while it is written; a publication not
        // written because the build had already failed has its prose read for them, so one run reports them all.
        foreach (var (entry, publication) in loaded.Where(l => l.Key.Built is null && !l.Key.Bag.HasErrors))
            ProseCheck.Run(publication, entry.Bag);
    }

    private void Build(PublicationEntry[][] units, List<PublicationEntry> entries, Dictionary<PublicationEntry, Publication> loaded)
    {
        if (_failing) return;

        var toBuild = units.SelectMany(ReuseUnchanged).ToList();
        var publications = toBuild.Select(e => loaded.GetValueOrDefault(e) ?? Pipeline.LoadOne(e.Folder, validator, e.Bag)).ToList();
        if (publications.Any(p => p is null) || toBuild.Any(e => e.Bag.HasErrors)) _failing = true;
        if (_failing || toBuild.Count == 0) return;

        var byUnit = SiteFiles.ByUnit(entries.Where(e => e.Summary is not null).Select(e => e.Summary!));
        var facts = toBuild.Select(e => SiteFiles.FactsOf(e.Summary!, byUnit)).ToList();
        var outputs = libreOffices.With(libreOffice => PublicationWriter.WriteAll(publications!, facts, templates, libreOffice, [.. toBuild.Select(e => e.Bag)]));
        foreach (var (entry, output) in toBuild.Zip(outputs))
        {
            // A failed build (no output, or errors in its bag) is kept as nothing: Built stays null.
            if (output is not null && !entry.Bag.HasErrors) store.Keep(entry, output);
            compose.Done(entry.Folder.Slug);
        }

        if (toBuild.Any(e => e.Bag.HasErrors)) _failing = true;
    }

    /// <summary>A publication loaded and checked, with its summary set; null when it has errors (they are in its bag).</summary>
    private (PublicationEntry, Publication)? Load(PublicationEntry entry)
    {
        var publication = Pipeline.LoadOne(entry.Folder, validator, entry.Bag);
        check.Done(entry.Folder.Slug);
        if (publication is null || entry.Bag.HasErrors) return null;
        entry.Summary = PublicationSummary.Of(publication);
        return (entry, publication);
    }

    /// <summary>
    /// Takes each of the unit's pages in this shard whose key (its content and its unit's other years:
    /// ContentKey.OfPage) is the one it was built for before from the store; returns the others, which are built.
    /// </summary>
    private List<PublicationEntry> ReuseUnchanged(PublicationEntry[] unit)
    {
        var summarised = unit.Where(e => e.Summary is not null).ToList();
        var unitKeys = summarised.Select(e => e.ContentKey).ToList();
        var toBuild = new List<PublicationEntry>();
        foreach (var entry in summarised.Where(e => e.InShard))
        {
            entry.PageKey = ContentKey.OfPage(entry.ContentKey, unitKeys);
            if (store.Reuse(entry)) compose.Done(entry.Folder.Slug);
            else toBuild.Add(entry);
        }

        return toBuild;
    }
}
