using PerfPublish.Corpus;
using PerfPublish.Publishing;

namespace PerfPublish.Tests.Support;

/// <summary>A bureau-shaped content tree made from the seed (PerfPublish.Corpus) in a temp folder, and builds of it; deleted when disposed.</summary>
public sealed class GeneratedCorpus : IDisposable
{
    public GeneratedCorpus(CorpusShape shape)
    {
        Root = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));
        Folders = CorpusGenerator.Write(Repo.SeedPublication, Content, shape);
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public IReadOnlyList<string> Folders { get; }

    /// <summary>Options for a build into <c>&lt;root&gt;/&lt;name&gt;</c>, PDF off.</summary>
    public BuildOptions Options(string name) => new(Content, Repo.Templates, Output(name)) { RenderPdf = false };

    public string Output(string name) => Path.Combine(Root, name);

    /// <summary>Every file under a build's site folder by relative path, with its bytes.</summary>
    public SortedDictionary<string, byte[]> Site(string name)
    {
        var site = Path.Combine(Output(name), "site");
        return new(Directory.GetFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
    }

    /// <summary>Asserts two sites have the same files with the same bytes, naming the first file that differs.</summary>
    public static void AssertSameSite(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
