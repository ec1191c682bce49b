using PerfPublish.Model;
using PerfPublish.Write;
using PerfPublish.Write.Html;

namespace PerfPublish.Review;

/// <summary>
/// The one place a review decides which old and new publication, project and indicator are the same (DESIGN.md,
/// Truth rules: Identity). Nothing is matched by position. Projects are paired by the site's own matcher
/// (<see cref="RecordMatching"/>: code, else normalised name), and an indicator is its path of level names inside
/// its own tree, as the site's year comparison writes it.
/// </summary>
internal static class ReviewIdentity
{
    /// <summary>Old and new projects that are the same project, in the new side's order.</summary>
    public static IReadOnlyList<(Project Old, Project New)> Projects(IReadOnlyList<Project> old, IReadOnlyList<Project> @new)
    {
        var olds = old.ToDictionary(p => RecordSummary.Of(p.Order, p.Record), (IEqualityComparer<RecordSummary>)ReferenceEqualityComparer.Instance);
        var news = @new.ToDictionary(p => RecordSummary.Of(p.Order, p.Record), (IEqualityComparer<RecordSummary>)ReferenceEqualityComparer.Instance);
        var order = @new.Select((project, i) => (project, i)).ToDictionary(p => p.project, p => p.i, (IEqualityComparer<Project>)ReferenceEqualityComparer.Instance);
        // A likely rename (MatchedBy.Likeness) is a guess the site labels as one; a review shows it as removed and added.
        return [.. RecordMatching.Pair([.. olds.Keys], [.. news.Keys]).Where(pair => pair.By != MatchedBy.Likeness)
            .Select(pair => (olds[pair.Before], news[pair.After]))
            .OrderBy(pair => order[pair.Item2])];
    }

    /// <summary>An indicator's identity within its tree: its first, second and third level names.</summary>
    public static string Indicator(FirstLevelIndicator first, SecondLevelIndicator second, Indicator item) =>
        new IndicatorTarget("", first.Name, second.Name, item.Name, null).Path;

    /// <summary>
    /// Publications are the same when their folder (slug) is; failing that, when their year and unit are (the
    /// unit's code, else its name), so a folder that was only renamed is not shown as one removed and one added.
    /// </summary>
    public static IReadOnlyList<(Publication? Old, Publication? New)> Publications(IReadOnlyList<Publication> old, IReadOnlyList<Publication> @new)
    {
        var pairs = new List<(Publication? Old, Publication? New)>();
        var unmatched = old.ToList();
        foreach (var key in new Func<Publication, string>[] { p => p.Slug, p => $"{p.Year}\u001f{(p.Unit.Code.Length > 0 ? p.Unit.Code : p.Unit.Name.Trim())}" })
        {
            foreach (var publication in @new.Where(n => pairs.All(p => p.New != n)))
            {
                var match = unmatched.FirstOrDefault(o => key(o) == key(publication));
                if (match is null) continue;
                pairs.Add((match, publication));
                unmatched.Remove(match);
            }
        }
        pairs.AddRange(@new.Where(n => pairs.All(p => p.New != n)).Select(n => ((Publication?)null, (Publication?)n)));
        pairs.AddRange(unmatched.Select(o => ((Publication?)o, (Publication?)null)));
        return [.. pairs.OrderBy(p => (p.New ?? p.Old)!.Slug, StringComparer.Ordinal)];
    }
}
