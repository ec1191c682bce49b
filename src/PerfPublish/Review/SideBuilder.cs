using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Publishing;
using PerfPublish.Validate;

namespace PerfPublish.Review;

/// <summary>
/// Builds a side with the normal pipeline into a cache folder of its own (output/.review/from, …/to): the next
/// review of unchanged content reuses it as the next build would (BuildCache), and output/site is never touched.
/// </summary>
internal static class SideBuilder
{
    public static BuiltSide Build(ReviewSide side, string cacheFolder, bool pdf, int parallelism)
    {
        var options = new BuildOptions(side.ContentFolder, side.TemplatesFolder, cacheFolder) { RenderPdf = pdf, Parallelism = parallelism };
        var result = Pipeline.Build(options);
        var diagnostics = result.Diagnostics.Select(d => InRepository(d, side)).ToList();
        if (!result.Succeeded) return new BuiltSide(side, diagnostics, null);

        var forms = ValidationContext.Load(side.TemplatesFolder, new DiagnosticBag()).Forms;
        var files = BuildManifest.Read(cacheFolder).Publications.ToDictionary(p => p.Summary.Slug, p => p.Files, StringComparer.Ordinal);
        var publications = new List<SidePublication>();
        foreach (var folder in PublicationLoader.Discover(side.ContentFolder))
        {
            var slug = Pipeline.Slug(side.ContentFolder, folder);
            // Built without errors a moment ago: loading it again gives the same model, and no new diagnostics.
            var publication = PublicationLoader.Load(folder, forms, new DiagnosticBag())! with { Slug = slug };
            byte[]? Read(string extension) => files[slug].FirstOrDefault(f => f.Path.EndsWith(extension, StringComparison.Ordinal)) is { } file
                ? File.ReadAllBytes(Path.Combine(options.SiteFolder, file.Path)) : null;
            publications.Add(new SidePublication(publication, Read(".docx")!, Read(".pdf")));
        }
        return new BuiltSide(side, diagnostics, publications);
    }

    /// <summary>A diagnostic of a commit's side names its file as git does, REF:path, instead of the folder it was read into.</summary>
    private static Diagnostic InRepository(Diagnostic diagnostic, ReviewSide side)
    {
        if (side.ExtractedTo is null) return diagnostic;
        var folder = SourceFile.DisplayPath(side.ExtractedTo) + "/";
        string Rewrite(string text) => text.Replace(folder, side.Label + ":", StringComparison.Ordinal);
        return diagnostic with { Location = diagnostic.Location with { File = Rewrite(diagnostic.Location.File) }, Message = Rewrite(diagnostic.Message) };
    }
}
