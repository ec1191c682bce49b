using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Office;
using PerfPublish.Validate;
using PerfPublish.Write;

namespace PerfPublish.Publishing;

/// <summary>
/// The pass over every publication that a build and serve both run, one pass over each: every folder is first
/// identified without loading it (<see cref="Identify"/>), then worked on a unit at a time (UnitWork: loaded and
/// checked, taken from the store where its page is unchanged, else built), and last one unit per code and one
/// publication per unit and year is checked over all of the content. What differs is the store: the site folder
/// and the previous build's manifest for a build (StagedPublications), memory for serve (RenderedPublications).
/// </summary>
internal sealed class PublicationPass(ContentKey keys, BuildManifest previous, BuildStamps stamps, Validator validator, SiteTemplates templates,
    LibreOfficePool libreOffices)
{
    /// <summary>Every folder's entry, in the folders' order; every diagnostic of the publications of this shard is added to <paramref name="diagnostics"/>.</summary>
    public IReadOnlyList<PublicationEntry> Run(BuildOptions options, IReadOnlyList<Pipeline.ContentFolder> folders, IPublicationStore store,
        DiagnosticBag diagnostics, IProgress<BuildStep>? progress)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        var entries = folders.Select(folder => new PublicationEntry(folder, options.Shard?.Contains(folder.Slug) ?? true)).ToArray();
        var check = new StepCounter(progress, "check", entries.Length);
        Parallel.ForEach(entries, parallel, entry => Identify(entry, check));

        var work = new UnitWork(validator, templates, libreOffices, store, check, new StepCounter(progress, "compose", entries.Count(e => e.InShard)));
        var units = entries.GroupBy(e => e.Unit, StringComparer.Ordinal).Select(unit => unit.ToArray()).ToList();
        Parallel.ForEach(Batches(units, libreOffices.Available, options.Parallelism), parallel, work.Run);

        // One unit per code and one publication per unit and year, over all of the content (every shard checks it).
        var sameUnit = new DiagnosticBag();
        UnitsOfAYear.Check(entries.Where(e => e.Summary is not null).Select(e => new UnitsOfAYear.Entry(e.Summary!, e.Folder.Folder)), sameUnit);
        diagnostics.AddRange([.. entries.Where(e => e.InShard).SelectMany(e => e.Bag.Items), .. sameUnit.Items]);
        return entries;
    }

    /// <summary>
    /// What is known of a publication without loading it: its content key (its files are read only where their
    /// stamp differs from the one recorded), the summary the previous build recorded for the same content, and
    /// the unit it is of (that summary's, else publication.yaml's unit alone).
    /// </summary>
    private void Identify(PublicationEntry entry, StepCounter check)
    {
        var (folder, slug) = (entry.Folder.Folder, entry.Folder.Slug);
        // Stamped before it is read: a file changed in between has another stamp next time.
        entry.Stamp = keys.StampOf(folder, slug);
        entry.ContentKey = stamps.ContentKeyOf(slug, entry.Stamp) ?? keys.Of(folder, slug);
        entry.Summary = previous.SummaryOf(slug, entry.ContentKey);
        entry.Recorded = entry.Summary is not null;
        // A folder whose unit cannot be read is a unit of its own: its load reports why.
        entry.Unit = entry.Summary?.Unit ?? (PublicationLoader.UnitOf(folder) is { } unit ? UnitIdentity.Of(unit.Code, unit.Name) : "\0" + slug);
        if (entry.Recorded) check.Done(slug);
    }

    /// <summary>
    /// The units each worker takes together, whole. With the PDF step a batch shares its LibreOffice starts,
    /// so batches are as large as an even share allows, up to a size that keeps a worker's documents in
    /// memory small (a unit larger than that is a batch of its own); without it each unit is its own batch.
    /// </summary>
    private static IEnumerable<PublicationEntry[][]> Batches(IReadOnlyList<PublicationEntry[]> units, bool pdf, int workers)
    {
        if (!pdf) return units.Select(unit => new[] { unit });
        var size = Math.Clamp((units.Sum(u => u.Length) + workers - 1) / Math.Max(workers, 1), 1, MaxPdfBatch);
        var batches = new List<PublicationEntry[][]>();
        var batch = new List<PublicationEntry[]>();
        foreach (var unit in units)
        {
            if (batch.Count > 0 && batch.Sum(u => u.Length) + unit.Length > size)
            {
                batches.Add([.. batch]);
                batch.Clear();
            }
            batch.Add(unit);
        }

        if (batch.Count > 0) batches.Add([.. batch]);
        return batches;
    }

    private const int MaxPdfBatch = 20;
}
