
namespace PerfPublish.Publishing;

/// <summary>
/// One publication's files, paths relative to the site root. Not complete when a step that could run
/// failed (LibreOffice wrote no PDF): the files are published, but the build cache does not keep them.
/// </summary>
public sealed record PublicationOutput(IReadOnlyList<(string Path, byte[] Bytes)> Files, bool Complete = true);
