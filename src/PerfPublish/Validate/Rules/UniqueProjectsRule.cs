using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>No two projects share a code or an order number.</summary>
public sealed class UniqueProjectsRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var group in publication.Projects.GroupBy(p => p.Code).Where(g => g.Count() > 1))
        foreach (var duplicate in group.Skip(1))
            diagnostics.Error(duplicate.Origin.Of("code"), Codes.DuplicateProjectCode,
                $"project code '{group.Key}' is already used by {group.First().Origin.At.File}");

        foreach (var group in publication.Projects.GroupBy(p => p.Order).Where(g => g.Count() > 1))
        foreach (var duplicate in group.Skip(1))
            diagnostics.Error(duplicate.Origin.At with { Line = 1, Column = 1 }, Codes.DuplicateOrder,
                $"order number {group.Key} is already used by {group.First().Origin.At.File}; number the project files 01-, 02-, …");
    }
}
