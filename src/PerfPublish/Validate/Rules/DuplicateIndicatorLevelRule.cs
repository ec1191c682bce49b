using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0216: a first-level indicator appears once per project, and a second-level one once under its
/// first level; the form merges each name into one cell, so a repeat would print two blocks of one name.
/// </summary>
public sealed class DuplicateIndicatorLevelRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var tree in FormRecords.Of(publication).SelectMany(r => r.Trees))
        {
            foreach (var repeat in Repeats(tree.Levels, i => i.Name))
                diagnostics.Error(repeat.Origin.Of("level1"), Codes.DuplicateIndicatorLevel,
                    Messages.Format("PP0216_First", repeat.Name));

            foreach (var first in tree.Levels)
            foreach (var repeat in Repeats(first.Groups, g => g.Name))
                diagnostics.Error(repeat.Origin.Of("level2"), Codes.DuplicateIndicatorLevel,
                    Messages.Format("PP0216_Second", repeat.Name, first.Name));
        }
    }

    private static IEnumerable<T> Repeats<T>(IEnumerable<T> items, Func<T, string> name) =>
        items.GroupBy(name, StringComparer.Ordinal).SelectMany(g => g.Skip(1));
}
