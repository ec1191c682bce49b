using PerfPublish.Diagnostics;
using PerfPublish.Import;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Import;

/// <summary>One import in a temp folder: the Word file written as input.docx, the publication imported into out/publication.</summary>
public sealed class ImportRun : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "perfpublish-tests", Guid.NewGuid().ToString("N"));

    public string Input => Path.Combine(Root, "input" + Extension);

    public string Folder => Path.Combine(Root, "out", "publication");

    public string Extension { get; init; } = ".docx";

    public ImportResult Import(byte[] file, bool force = false, string? form = null, string? pathVariable = null)
    {
        Directory.CreateDirectory(Root);
        File.WriteAllBytes(Input, file);
        return Importer.Import(new ImportRequest(Input, Folder, form, force, Repo.Templates, Path.Combine(Repo.Root, "schemas")) { PathVariable = pathVariable });
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    /// <summary>Every file under the temp root besides the input, relative to it: what an import left on disk.</summary>
    public IReadOnlyList<string> FilesWritten() =>
        [.. Directory.GetFiles(Root, "*", SearchOption.AllDirectories).Where(f => f != Input).Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public static IEnumerable<Diagnostic> WithCode(ImportResult result, string code) => result.Diagnostics.Where(d => d.Code == code);

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
