using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0206: no two projects of a publication share a 项目编码.</summary>
public sealed class DuplicateProjectCodeRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var group in publication.Projects.Where(p => p.Read("code")).GroupBy(p => p.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        foreach (var duplicate in group.Skip(1))
            diagnostics.Error(duplicate.Origin.Of("code"), Codes.DuplicateProjectCode,
                Messages.Format("PP0206", group.Key, group.First().Origin.At.File));
    }
}
