using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0206: no two projects of a publication share a 项目编码.</summary>
public sealed class DuplicateProjectCodeRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        var coded = publication.Projects.Where(p => p.Record.Profile.Summary.Code is { } code && p.Read(code));
        foreach (var group in coded.GroupBy(p => p.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        foreach (var duplicate in group.Skip(1))
            diagnostics.ErrorOf(duplicate.Record.Find(duplicate.Record.Profile.Summary.Code!)!.At, Codes.DuplicateProjectCode, group.Key, group.First().Origin.At.File);
    }
}
