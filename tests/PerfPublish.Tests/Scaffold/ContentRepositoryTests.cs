using System.Xml.Linq;
using PerfPublish.Scaffold;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Scaffold;

/// <summary>
/// init --package-source: the nuget.config it writes makes the office's feed the only one the tool can come
/// from, and a feed that would hand the tool over unencrypted is refused before anything is written.
/// </summary>
public sealed class ContentRepositoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));

    private string Office => Path.Combine(_root, "office");

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private ScaffoldResult Init(string? packageSource) => MessageLanguage.In(MessageLanguage.English, () =>
        ContentRepository.Init(new InitRequest(Office, Path.Combine(AppContext.BaseDirectory, "defaults"), "PerfPublish.Cli", "0.1.0", packageSource)));

    [Theory]
    [InlineData("https://nuget.czj.example.gov.cn/v3/index.json")]
    [InlineData("/srv/nuget/perfpublish")]
    [InlineData("packages")]
    public void The_feed_is_the_only_source_and_serves_the_tool_by_its_id(string source)
    {
        var result = Init(source);

        Assert.Null(result.Problem);
        var config = XDocument.Load(Path.Combine(Office, "nuget.config")).Root!;
        var sources = config.Element("packageSources")!.Elements().ToList();
        Assert.Equal(["clear", "add"], sources.Select(e => e.Name.LocalName));
        Assert.Equal(source, sources[1].Attribute("value")!.Value);
        var key = sources[1].Attribute("key")!.Value;
        var mapped = Assert.Single(config.Element("packageSourceMapping")!.Elements("packageSource"));
        Assert.Equal(key, mapped.Attribute("key")!.Value);
        Assert.Equal(["PerfPublish.Cli", "*"], mapped.Elements("package").Select(p => p.Attribute("pattern")!.Value));
    }

    [Theory]
    [InlineData("http://nuget.czj.example.gov.cn/v3/index.json", "http:// is not accepted")]
    [InlineData("HTTP://nuget.czj.example.gov.cn/v3/index.json", "http:// is not accepted")]
    [InlineData("ftp://nuget.czj.example.gov.cn/feed", "is neither an https:// address nor a folder")]
    public void A_feed_that_is_not_https_or_a_folder_is_refused_and_nothing_is_written(string source, string problem)
    {
        var result = Init(source);

        Assert.Contains(problem, result.Problem);
        Assert.False(Directory.Exists(Office));
    }

    [Fact]
    public void Without_a_feed_there_is_no_nuget_config()
    {
        Assert.Null(Init(null).Problem);
        Assert.False(File.Exists(Path.Combine(Office, "nuget.config")));
    }
}
