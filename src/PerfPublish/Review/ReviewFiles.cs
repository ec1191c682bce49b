using System.Collections.Immutable;
using System.Text;
using PerfPublish.Publishing;

namespace PerfPublish.Review;

/// <summary>
/// output/review/: index.html (the full page), review.md (the short summary for a pull request), site.css (the
/// site's look, which the page uses), and &lt;slug&gt;.review.docx for each publication that changed on both sides.
/// Written beside the folder and swapped in whole, as the site is: a failed review leaves the last one as it was.
/// </summary>
internal static class ReviewFiles
{
    public const string Page = "index.html";
    public const string Summary = "review.md";

    public sealed record Written(IReadOnlyList<PublicationReview> Publications, IReadOnlyList<string> Files);

    public static Written Write(ReviewRequest request, BuiltSide old, BuiltSide @new, ImmutableArray<SourceChange> sources)
    {
        var olds = old.Publications!.ToDictionary(p => p.Publication, p => p, (IEqualityComparer<Model.Publication>)ReferenceEqualityComparer.Instance);
        var news = @new.Publications!.ToDictionary(p => p.Publication, p => p, (IEqualityComparer<Model.Publication>)ReferenceEqualityComparer.Instance);
        var revision = new Revision(Revision.Tool, @new.Side.Date);
        var files = new List<(string Path, byte[] Bytes)>();
        var publications = new List<PublicationReview>();
        foreach (var (o, n) in ReviewIdentity.Publications([.. old.Publications!.Select(p => p.Publication)], [.. @new.Publications!.Select(p => p.Publication)]))
        {
            var (before, after) = (o is null ? null : olds[o], n is null ? null : news[n]);
            var review = PublicationComparer.Compare(before, after);
            if (review.Presence == Presence.Changed)
            {
                var name = review.Slug + ".review.docx";
                files.Add((name, TrackedChanges.Between(before!.Docx, after!.Docx, revision)));
                review = review with { RevisionsFile = name };
            }
            publications.Add(review);
        }

        var view = new ReviewView(old.Side, @new.Side, publications, sources);
        files.Add((Page, Encoding.UTF8.GetBytes(new ReviewPage(view).Write())));
        files.Add((Summary, Encoding.UTF8.GetBytes(new ReviewMarkdown(view, request.PageUrl).Write())));
        files.Add(("site.css", File.ReadAllBytes(Path.Combine(@new.Side.TemplatesFolder, "site", "site.css"))));

        using var staging = new StagingFolder(request.ReviewFolder);
        foreach (var (path, bytes) in files) staging.Write(path, bytes);
        return new Written(publications, staging.Commit(request.ReviewFolder));
    }
}
