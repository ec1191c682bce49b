using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0206: no two projects of a publication share a 项目编码.</summary>
public sealed class DuplicateProjectCodeRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var group in publication.Projects.GroupBy(p => p.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        foreach (var duplicate in group.Skip(1))
            diagnostics.Error(duplicate.Origin.Of("code"), Codes.DuplicateProjectCode,
                $"project code (项目编码) '{group.Key}' is already used by {group.First().Origin.At.File}; each project has its own code");
    }
}
