using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PerfPublish.Compose;
using PerfPublish.Corpus;
using PerfPublish.Diagnostics;
using PerfPublish.Import;
using PerfPublish.Load;
using PerfPublish.Model;
using PerfPublish.Parse;
using PerfPublish.Publishing;
using PerfPublish.Validate;
using PerfPublish.Write.Data;
using PerfPublish.Write.Docx;
using PerfPublish.Write.Html;

namespace PerfPublish.Bench;

/// <summary>
/// Each pipeline stage alone, on one publication of the seed's size (1×3) and one of 50 projects
/// (1×50): where the time of a build goes. In-process, short runs: a map, not a certificate.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private static string _root = "";
    private static string _templates = "";

    private SiteTemplates _site = null!;
    private Validator _validator = null!;
    private Publication _publication = null!;
    private string _markup = "";
    private DocumentTree _tree = null!;
    private string _docx = "";
    private SitePage _page = null!;

    [Params("1x3", "1x50")]
    public string Size { get; set; } = "1x3";

    public static void Prepare(BenchOptions options)
    {
        _root = Path.GetFullPath(Path.Combine(options.Output, "stages"));
        _templates = Path.GetFullPath(options.Templates);
        foreach (var size in new[] { "1x3", "1x50" })
        {
            var folder = Path.Combine(_root, "content", size);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            CorpusGenerator.Write(options.Seed, folder, CorpusShape.Parse(size));
        }
    }

    public static IConfig Config(BenchOptions options) => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .AddExporter(MarkdownExporter.GitHub, JsonExporter.Brief)
        .WithArtifactsPath(Path.Combine(Path.GetFullPath(options.Output), "stages"))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        _site = SiteTemplates.Load(_templates, diagnostics) ?? throw new InvalidOperationException("templates do not load");
        _validator = new Validator(ValidationContext.Load(_templates, diagnostics));
        _publication = Load() with { Slug = "bench" };
        _markup = Compose();
        _tree = Parse();
        _page = new SitePage("bench", _publication.Title, _publication.Year, _publication.Unit.Code, _publication.Unit.Name, []);
        _docx = Path.Combine(_root, "import", $"{Size}.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(_docx)!);
        File.WriteAllBytes(_docx, Docx());
    }

    private string Folder => PublicationLoader.Discover(Path.Combine(_root, "content", Size)).Single();

    [Benchmark]
    public Publication Load() => PublicationLoader.Load(Folder, _validator.Context.Forms, new DiagnosticBag())!;

    [Benchmark]
    public int Validate()
    {
        var diagnostics = new DiagnosticBag();
        _validator.Check(_publication, diagnostics);
        return diagnostics.Items.Count;
    }

    [Benchmark]
    public string Compose() => new Composer(_site.Document).Compose(_publication, new DiagnosticBag())!;

    [Benchmark]
    public DocumentTree Parse() => new MarkupParser(_site.DocumentPath, new DiagnosticBag()).Parse(_markup);

    [Benchmark]
    public byte[] Docx() => new DocxWriter(_site.ReferenceDocx).Write(_tree,
        new DocumentProperties(_publication.Title, _publication.Unit.Name, new DateTime(_publication.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

    [Benchmark]
    public string Html() => _site.Html.WritePage(_tree, _page, new DiagnosticBag())!;

    [Benchmark]
    public int Data() => OpenData.Files(_publication).Sum(f => f.Value.Length);

    /// <summary>perfpublish import of the DOCX this publication builds (written once, in Setup), into a scratch folder.</summary>
    [Benchmark]
    public int Import() => Importer.Import(new ImportRequest(_docx, Path.Combine(_root, "import", Size), null, Force: true,
        _templates, Path.Combine(_templates, "..", "schemas"))).Written.Count;
}
