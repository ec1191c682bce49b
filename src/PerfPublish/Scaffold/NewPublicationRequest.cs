namespace PerfPublish.Scaffold;

/// <summary>What `perfpublish new publication` makes: a publication folder with one project, ready to fill in.</summary>
public sealed record NewPublicationRequest(
    string Folder, int Year, string? UnitCode, string? UnitName, string Framework, string TemplatesFolder, string SchemasFolder);
