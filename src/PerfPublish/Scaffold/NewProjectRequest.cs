namespace PerfPublish.Scaffold;

/// <summary>What `perfpublish new project` makes: the next numbered project file of a publication.</summary>
public sealed record NewProjectRequest(string PublicationFolder, string ShortName, string TemplatesFolder, string SchemasFolder);
