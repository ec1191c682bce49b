namespace PerfPublish.Scaffold;

/// <summary>What `perfpublish new department` makes: department.yaml, in the department form publication.yaml names.</summary>
public sealed record NewDepartmentRequest(string PublicationFolder, string TemplatesFolder, string SchemasFolder);
