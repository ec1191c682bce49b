using PerfPublish.Diagnostics;

namespace PerfPublish.Review;

public static class Reviewer
{
    public static ReviewResult Run(ReviewRequest request)
    {
        var repository = GitRepository.Find(request.WorkingFolder);
        if (repository is null) return ReviewResult.Refused(Problem(Codes.NotARepository, "PP0701", request.WorkingFolder));
        var from = repository.Resolve(request.From);
        if (from is null) return ReviewResult.Refused(Problem(Codes.UnknownRef, "PP0702", request.From));
        var to = request.To is null ? null : repository.Resolve(request.To);
        if (request.To is not null && to is null) return ReviewResult.Refused(Problem(Codes.UnknownRef, "PP0702", request.To));

        var temp = Path.Combine(Path.GetTempPath(), $"perfpublish-review-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var sides = new[]
            {
                FromCommit(repository, request, request.From, from, Path.Combine(temp, "from")),
                to is null ? WorkTree(repository, request) : FromCommit(repository, request, request.To!, to, Path.Combine(temp, "to")),
            };
            var cache = Path.Combine(request.OutputFolder, ".review");
            var built = new[] { "from", "to" }.Select((name, i) =>
                SideBuilder.Build(sides[i], Path.Combine(cache, name), request.RenderPdf, request.Parallelism)).ToArray();
            var diagnostics = new DiagnosticBag();
            foreach (var (side, name) in built.Zip(new[] { "--from", "--to" }))
            {
                diagnostics.AddRange(side.Diagnostics);
                if (!side.Succeeded)
                    diagnostics.ErrorOf(SourceLocation.StartOf(side.Side.Label), Codes.SideFailed, name, side.Side.Label);
            }
            if (diagnostics.HasErrors) return new ReviewResult(null, diagnostics.Items, [], []);

            var review = ReviewFiles.Write(request, built[0], built[1], SourceChanges.Between(sides[0], sides[1]));
            return new ReviewResult(null, diagnostics.Items, review.Publications, review.Files);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    private static string Problem(string code, string key, string value) => $"error {code}: {Messages.Format(key, value)}";

    /// <summary>A commit's content and templates, read from git into a folder laid out as the repository is.</summary>
    private static ReviewSide FromCommit(GitRepository repository, ReviewRequest request, string label, string commit, string folder)
    {
        var (content, templates) = (InRepository(repository, request.ContentFolder, request), InRepository(repository, request.TemplatesFolder, request));
        repository.Extract(commit, [content, templates], folder);
        return new ReviewSide(label, commit, repository.CommitDate(commit), Path.Combine(folder, content), Path.Combine(folder, templates))
        {
            ExtractedTo = folder,
        };
    }

    /// <summary>What the review page (which is in Chinese, as the publications are) calls the work tree.</summary>
    public const string WorkTreeLabel = "工作区";

    /// <summary>The work tree as it is, dated by its HEAD commit (uncommitted changes have no date of their own).</summary>
    private static ReviewSide WorkTree(GitRepository repository, ReviewRequest request)
    {
        var head = repository.Resolve("HEAD");
        var date = head is null ? DateTimeOffset.UnixEpoch : repository.CommitDate(head);
        return new ReviewSide(WorkTreeLabel, head, date,
            Path.GetFullPath(request.ContentFolder, request.WorkingFolder), Path.GetFullPath(request.TemplatesFolder, request.WorkingFolder));
    }

    /// <summary>A folder option (relative to where diff runs) as a path inside the repository, as git names it.</summary>
    private static string InRepository(GitRepository repository, string folder, ReviewRequest request) =>
        Path.GetRelativePath(repository.Root, Path.GetFullPath(folder, request.WorkingFolder)).Replace('\\', '/');
}
