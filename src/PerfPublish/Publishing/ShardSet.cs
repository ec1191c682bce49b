using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Publishing;

/// <summary>
/// PP0402: the shard outputs 'perfpublish site' puts together are one build cut in n: each was built
/// with the same n, every shard 1..n is there once, and all were built by this tool from the templates
/// the site is written with. Anything else assembles into a site that looks whole and is not: a shard
/// left out loses its publications without a word, shards of different n lose some and repeat others.
/// </summary>
public static class ShardSet
{
    public static void Check(IReadOnlyList<ShardOutput> shards, BuildIdentity site, string templatesFolder, DiagnosticBag diagnostics)
    {
        foreach (var shard in shards) CheckIdentity(shard, site, templatesFolder, diagnostics);
        if (shards.Count == 0) return;
        var count = shards[0].Shard.Count;
        var other = shards.Where(s => s.Shard.Count != count).ToList();
        foreach (var shard in other)
            diagnostics.Error(shard.Location, Codes.ShardSet, Messages.Format("PP0402_Count", shard.Name, shard.Shard, shards[0].Name, shards[0].Shard));
        if (other.Count > 0) return;

        foreach (var index in Enumerable.Range(1, count))
        {
            var given = shards.Where(s => s.Shard.Index == index).ToList();
            if (given.Count == 0)
                diagnostics.Error(shards[0].Location, Codes.ShardSet, Messages.Format("PP0402_Missing", new Shard(index, count)));
            foreach (var again in given.Skip(1))
                diagnostics.Error(again.Location, Codes.ShardSet, Messages.Format("PP0402_Twice", again.Shard, given[0].Name, again.Name));
        }
    }

    private static void CheckIdentity(ShardOutput shard, BuildIdentity site, string templatesFolder, DiagnosticBag diagnostics)
    {
        var built = shard.Manifest.Identity;
        if (built.Tool != site.Tool)
            diagnostics.Error(shard.Location, Codes.ShardSet, Messages.Format("PP0402_Tool", shard.Name, built.Tool, site.Tool));
        else if (built.Templates != site.Templates)
            diagnostics.Error(shard.Location, Codes.ShardSet, Messages.Format("PP0402_Templates", shard.Name, SourceFile.DisplayPath(templatesFolder)));
    }
}
