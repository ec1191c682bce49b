using PerfPublish.Forms;
using PerfPublish.Model;
using PerfPublish.Validate;

namespace PerfPublish.Import;

/// <summary>
/// The indicator framework publication.yaml names. The candidates are the frameworks every printed form accepts,
/// in the project form's order (the department form's alone when there are no projects); the office's own tree
/// decides among them: the one whose first and second levels hold most of the imported indicators, the earliest
/// on a tie. So a seed-form file that puts 成本指标 at the first level gets central-2021, not legacy.
/// </summary>
public static class FrameworkChoice
{
    public static string? For(IReadOnlyList<FormRecord> projects, FormRecord? whole, FormProfile form, FormProfile? department, IReadOnlyDictionary<string, Framework> frameworks)
    {
        var forms = new[] { projects.Count > 0 ? form : null, whole is null ? null : department }.OfType<FormProfile>().ToList();
        if (forms.Count == 0) forms.Add(form);
        var candidates = forms[0].Frameworks.Where(id => forms.All(f => f.Frameworks.Contains(id))).ToList();
        if (candidates.Count == 0) return forms[0].Frameworks.FirstOrDefault();

        var levels = Levels(whole is null ? projects : [.. projects, whole]).ToList();
        return candidates.OrderByDescending(id => frameworks.TryGetValue(id, out var framework) ? levels.Count(l => Holds(framework, l)) : -1).First();
    }

    private static bool Holds(Framework framework, (string First, string Second) level) =>
        framework.Levels.TryGetValue(level.First, out var seconds) && seconds.Contains(level.Second);

    /// <summary>Every (一级指标, 二级指标) pair of every imported tree.</summary>
    private static IEnumerable<(string, string)> Levels(IEnumerable<FormRecord> records) =>
        from record in records
        from tree in record.Trees
        from first in tree.Levels
        from second in first.Groups
        select (first.Name, second.Name);
}
