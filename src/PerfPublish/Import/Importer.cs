using PerfPublish.Publishing;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Load;
using PerfPublish.Validate;

namespace PerfPublish.Import;

/// <summary>What `perfpublish import` is asked: the Word file, the publication folder to write, and optionally the form.</summary>
public sealed record ImportRequest(string File, string Folder, string? Form, bool Force, string TemplatesFolder, string SchemasFolder)
{
    public ImportLimits Limits { get; init; } = ImportLimits.Default;

    /// <summary>Where LibreOffice is looked for (null: this process's PATH); tests pass an empty one to see the error.</summary>
    public string? PathVariable { get; init; }
}

/// <summary>
/// What was imported: the forms recognised (the department form's id, or null), the project forms, and where the
/// file's text went, in characters (the ledger's counts: fields, notes, the form's own words, lost).
/// </summary>
public sealed record ImportSummary(string Form, string? DepartmentForm, int Projects, LedgerCounts Text);

/// <summary>
/// The files written (none when <see cref="Diagnostics"/> has an error), what was found on the way, and
/// <see cref="Problem"/> for a request that cannot be carried out at all (a usage error).
/// </summary>
public sealed record ImportResult(IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics, ImportSummary? Summary, string? Problem)
{
    public bool Succeeded => Problem is null && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>What the user should know about how the file was read (<see cref="ImportReport.Notices"/>).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>What `perfpublish check` says of the folder written, run in the same import: what the editor must still add or fix.</summary>
    public IReadOnlyList<Diagnostic> Check { get; init; } = [];

    /// <summary>Each piece of the file's text and where it went (the ledger), for the summary and the conservation tests.</summary>
    public ImportLedger? Ledger { get; init; }

    /// <summary>The file each record of the ledger was written to (relative to the folder): publication.yaml, projects/01-….yaml.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Import: a Word file in, a publication folder out. The file is untrusted: it is read in memory under
/// limits (WordFile, DocxPackage, SafeXml), nothing of it becomes a path, and the folder is written
/// beside its place and moved in whole, so a failed import leaves the target as it was.
/// </summary>
public static class Importer
{
    public static ImportResult Import(ImportRequest request)
    {
        var display = SourceFile.DisplayPath(request.File);
        if (!File.Exists(request.File)) return Refused(Messages.Format("PP0002", display));
        if (Directory.Exists(request.Folder) && Directory.EnumerateFileSystemEntries(request.Folder).Any() && !request.Force)
            return Refused(Messages.Format("Import_Exists", SourceFile.DisplayPath(request.Folder)));
        // The build's own frameworks and profiles: what import maps onto is what check then reads.
        var context = ValidationContext.Load(request.TemplatesFolder, new DiagnosticBag());
        var forms = ImportForms.All(context.Forms);
        var named = request.Form is null ? null : forms.FirstOrDefault(f => f.Id == request.Form);
        if (request.Form is not null && named is null)
            return Refused(Messages.Format("Import_UnknownForm", request.Form, string.Join(", ", forms.Select(f => f.Id))));

        var report = new ImportReport(display);
        var document = Read(request, report);
        var form = document is null ? null : named is { Kind: FormKind.Project } ? named : Recognize(document, forms, request.TemplatesFolder, report);
        if (document is null || form is null) return new ImportResult([], report.Items, null, null) { Notices = report.Notices };
        var department = named is { Kind: FormKind.Department } ? named : Best(document, forms.Where(f => f.Kind == FormKind.Department), report);

        var draft = new PublicationRecognizer(form, department, report).Recognize(document);
        if (draft.Projects.Count == 0 && draft.Department is null) report.Warning(Codes.ImportNoForm, "PP0610", form.Id, form.Fields.FirstOrDefault()?.Label ?? "");
        var framework = FrameworkChoice.For([.. draft.Projects.Select(p => p.Form.Record)], draft.Department?.Record, form, department, context.Frameworks);
        draft = ImportGuesses.Fill(draft with { Publication = draft.Publication with { Framework = framework ?? "" } }, request.File, report);
        var files = ContentFiles.Render(draft, form, department, Path.GetFileName(request.File), request.Folder, request.SchemasFolder);
        if (ContentFiles.TooLarge(files, report)) return new ImportResult([], report.Items, null, null) { Ledger = report.Ledger };
        var written = Write(request.Folder, files);
        var check = Pipeline.Check(new BuildOptions(request.Folder, request.TemplatesFolder, Path.Combine(request.Folder, "output")));
        return new ImportResult(written, report.Items, Summarize(form, department, draft, report.Ledger), null)
        {
            Check = check.Diagnostics, Ledger = report.Ledger, Files = ContentFiles.Records(draft), Notices = report.Notices,
        };
    }

    private static ImportResult Refused(string problem) => new([], [], null, problem);

    private static WordDocument? Read(ImportRequest request, ImportReport report)
    {
        var length = new FileInfo(request.File).Length;
        if (length > request.Limits.MaxFileBytes)
        {
            report.Error(Codes.ImportTooLarge, "PP0602_File", length / 1024 / 1024, request.Limits.MaxFileBytes / 1024 / 1024);
            return null;
        }

        using var archive = WordFile.OpenAsDocx(File.ReadAllBytes(request.File), Path.GetExtension(request.File), request.PathVariable, report);
        var package = archive is null ? null : DocxPackage.Open(archive, request.Limits, report);
        return package is null ? null : DocxReader.Read(package, report, request.Limits);
    }

    /// <summary>The form whose labels the tables hold most of; the seed's form when no table has any.</summary>
    private static FormProfile? Recognize(WordDocument document, IReadOnlyList<FormProfile> all, string templatesFolder, ImportReport report)
    {
        var forms = all.Where(f => f.Kind == FormKind.Project).ToList();
        if (forms.Count == 0)
        {
            report.Error(Codes.ImportNoForm, "PP0610_NoDefinitions", Path.Combine(templatesFolder, FormCatalog.Folder));
            return null;
        }

        return Best(document, forms, report) ?? forms.OrderBy(f => f.Id == FormCatalog.DefaultProject ? 0 : 1).First();
    }

    /// <summary>
    /// Of <paramref name="forms"/>, the one whose labels the tables that start one of its forms hold most of (the seed's
    /// form first on a tie); null when no table starts any. Only such tables count: a department form's 资金总额 must
    /// not make a file a central project form.
    /// </summary>
    private static FormProfile? Best(WordDocument document, IEnumerable<FormProfile> forms, ImportReport report) =>
        forms.Select(f => (Form: f, Mapper: new FormMapper(f, "", report)))
            .Select(m => (m.Form, Score: document.Tables.Where(m.Mapper.Starts).Sum(m.Mapper.LabelCount)))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Form.Id == FormCatalog.DefaultProject ? 0 : 1)
            .Select(m => m.Form).FirstOrDefault();

    private static ImportSummary Summarize(FormProfile form, FormProfile? department, PublicationDraft draft, ImportLedger ledger) =>
        new(form.Id, draft.Department is null ? null : department?.Id, draft.Projects.Count, ledger.Counts());

    private static IReadOnlyList<string> Write(string folder, IReadOnlyDictionary<string, string> files)
    {
        using var staging = new StagingFolder(folder);
        foreach (var (relative, text) in files) staging.Write(relative, System.Text.Encoding.UTF8.GetBytes(text));
        return staging.Commit(SourceFile.DisplayPath(folder));
    }
}
