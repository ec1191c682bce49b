using System.Collections.Immutable;
using PerfPublish.Model;

namespace PerfPublish.Review;

/// <summary>
/// One publication on the two sides of a review, section by section as the document prints it: part one's
/// prose and objectives, the department form, then each project (by identity), and the document's outline.
/// </summary>
internal static class PublicationComparer
{
    private const string PartOne = "第一部分";

    public static PublicationReview Compare(SidePublication? old, SidePublication? @new)
    {
        var either = (@new ?? old)!.Publication;
        if (old is null || @new is null)
            return new PublicationReview(either.Slug, either.Title, old is null ? Presence.Added : Presence.Removed, [], [], [], [], OutlineChange.None)
            {
                CurrencyUnit = either.CurrencyUnit,
            };

        var (before, after) = (old.Publication, @new.Publication);
        var texts = new List<TextChange>();
        void Text(string label, string o, string n)
        {
            var diff = TextDiff.Between(o, n);
            if (diff.HasChanges) texts.Add(new TextChange(PartOne, label, diff));
        }
        Text("标题", before.Title, after.Title);
        Text("单位", $"{before.Unit.Code} {before.Unit.Name}", $"{after.Unit.Code} {after.Unit.Name}");
        Text("年度", $"{before.Year}", $"{after.Year}");
        Text("总体绩效目标", before.OverallObjective.Text.Trim(), after.OverallObjective.Text.Trim());
        Text("分项绩效目标", Objectives(before), Objectives(after));
        Text("工作保障措施", before.Safeguards.Text.Trim(), after.Safeguards.Text.Trim());

        var figures = new List<FigureChange>();
        var indicators = new List<IndicatorChange>();
        if (before.Department is not null || after.Department is not null)
        {
            var department = new RecordComparer("部门整体绩效目标");
            department.Compare(before.Department, after.Department, new HashSet<string>());
            Collect(department, figures, texts, indicators);
        }

        var pairs = ReviewIdentity.Projects(before.Projects, after.Projects);
        if (HasTotal(before) && HasTotal(after) && Total(before) != Total(after))
            figures.Insert(0, new FigureChange("", "预算数合计", Total(before), Total(after), false));
        foreach (var (o, n) in pairs)
        {
            var project = new RecordComparer(n.Name);
            var name = n.Record.Profile.Summary.Name;
            project.Compare(o.Record, n.Record, new HashSet<string>(StringComparer.Ordinal) { name });
            Collect(project, figures, texts, indicators);
        }

        var projects = Projects(before, after, pairs);
        var outline = Outline(old, @new);
        var changed = figures.Count + texts.Count + indicators.Count + projects.Count > 0 || outline.HasChanges || !old.Docx.AsSpan().SequenceEqual(@new.Docx);
        return new PublicationReview(after.Slug, after.Title, changed ? Presence.Changed : Presence.Unchanged,
            [.. figures], [.. projects], [.. indicators], [.. texts], outline) { CurrencyUnit = after.CurrencyUnit };
    }

    private static void Collect(RecordComparer record, List<FigureChange> figures, List<TextChange> texts, List<IndicatorChange> indicators)
    {
        figures.AddRange(record.Figures);
        texts.AddRange(record.Texts);
        indicators.AddRange(record.Indicators);
    }

    /// <summary>Objectives one a line, as part one's table prints them: name, goal, indicator.</summary>
    private static string Objectives(Publication publication) =>
        string.Join("\n", publication.Objectives.Select(o => $"{o.Name}：{o.Goal}（{o.Indicator}）"));

    /// <summary>A total is shown only where the form says which field is a project's headline amount.</summary>
    private static bool HasTotal(Publication publication) => publication.Forms.Project?.Summary.Amount is not null;

    private static decimal Total(Publication publication) => publication.Projects.Sum(p => p.Amount);

    private static List<ProjectChange> Projects(Publication before, Publication after, IReadOnlyList<(Project Old, Project New)> pairs)
    {
        var changes = new List<ProjectChange>();
        decimal? Amount(Project p) => p.Record.Profile.Summary.Amount is null ? null : p.Amount;
        foreach (var project in after.Projects)
        {
            var pair = pairs.FirstOrDefault(p => p.New == project);
            if (pair.Old is null) changes.Add(new ProjectChange(ProjectChangeKind.Added, project.Code, "", project.Name, Amount(project)));
            else if (pair.Old.Name != project.Name) changes.Add(new ProjectChange(ProjectChangeKind.Renamed, project.Code, pair.Old.Name, project.Name, Amount(project)));
        }
        foreach (var project in before.Projects.Where(p => pairs.All(pair => pair.Old != p)))
            changes.Add(new ProjectChange(ProjectChangeKind.Removed, project.Code, project.Name, "", Amount(project)));
        return changes;
    }

    private static OutlineChange Outline(SidePublication old, SidePublication @new)
    {
        var before = DocumentOutline.Entries(old.Docx);
        var after = DocumentOutline.Entries(@new.Docx);
        var entries = new List<OutlineEntryChange>();
        foreach (var hunk in SequenceDiff.Of([.. before.Select(e => e.Key)], [.. after.Select(e => e.Key)]))
        {
            if (hunk.IsSame)
            {
                for (var i = 0; i < hunk.OldCount; i++)
                {
                    var (o, n) = (before[hunk.OldStart + i], after[hunk.NewStart + i]);
                    if (o.Page != n.Page) entries.Add(new OutlineEntryChange(Change.Same, n.Title, o.Page, n.Page));
                }
                continue;
            }
            entries.AddRange(before.Skip(hunk.OldStart).Take(hunk.OldCount).Select(e => new OutlineEntryChange(Change.Deleted, e.Title, e.Page, null)));
            entries.AddRange(after.Skip(hunk.NewStart).Take(hunk.NewCount).Select(e => new OutlineEntryChange(Change.Inserted, e.Title, null, e.Page)));
        }
        return new OutlineChange([.. entries], DocumentOutline.Pages(old.Pdf), DocumentOutline.Pages(@new.Pdf));
    }
}
