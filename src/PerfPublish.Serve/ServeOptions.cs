using PerfPublish.Publishing;

namespace PerfPublish.Serve;

/// <summary>Where the preview reads from and listens: always the loopback address, so it is never reachable from another machine.</summary>
public sealed record ServeOptions(BuildOptions Build, int Port);
