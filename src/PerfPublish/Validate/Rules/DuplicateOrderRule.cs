using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0207: no two project files share an order number (the 01-, 02-, … at the start of the file name).</summary>
public sealed class DuplicateOrderRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var group in publication.Projects.GroupBy(p => p.Order).Where(g => g.Count() > 1))
        foreach (var duplicate in group.Skip(1))
            diagnostics.ErrorOf(SourceLocation.StartOf(duplicate.Origin.At.File), Codes.DuplicateOrder, group.Key, group.First().Origin.At.File);
    }
}
