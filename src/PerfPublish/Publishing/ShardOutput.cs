using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Publishing;

/// <summary>One shard output given to 'perfpublish site': its folder and manifest; a whole build counts as shard 1/1.</summary>
public sealed record ShardOutput(string Folder, BuildManifest Manifest)
{
    public Shard Shard => Manifest.Shard ?? new Shard(1, 1);

    public string Name => SourceFile.DisplayPath(Folder);

    public SourceLocation Location => SourceLocation.StartOf(SourceFile.DisplayPath(BuildManifest.PathIn(Folder)));
}
