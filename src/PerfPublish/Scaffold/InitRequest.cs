namespace PerfPublish.Scaffold;

/// <summary>
/// What `perfpublish init` makes. <paramref name="DefaultsFolder"/> is the folder the tool carries its
/// defaults in (templates, schemas, the example publication, the CI files, the editors' README);
/// <paramref name="PackageSource"/> a package feed to write into nuget.config, for an office that keeps
/// the tool on its own feed rather than nuget.org.
/// </summary>
public sealed record InitRequest(string Folder, string DefaultsFolder, string PackageId, string ToolVersion, string? PackageSource = null);
