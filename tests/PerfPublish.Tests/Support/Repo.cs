namespace PerfPublish.Tests.Support;

/// <summary>Paths in the repository the tests run from: the shipped content, templates and fixtures.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");
    public static string SeedPublication => Path.Combine(Content, "2021-632001");
    public static string Fixtures => Path.Combine(Root, "tests", "PerfPublish.Tests", "Fixtures");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "PerfPublish.sln"))) return folder.FullName;
        throw new InvalidOperationException("PerfPublish.sln not found above the test assembly");
    }
}
