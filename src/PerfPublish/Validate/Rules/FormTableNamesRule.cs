using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>
/// PP0221: a publication that prints both a project form and a department form writes both forms' open-data
/// tables into one folder, named &lt;slug&gt;-&lt;table&gt;.csv; two tables of the same name would overwrite each
/// other, so the department profile must name its tables apart (data: on the field).
/// </summary>
public sealed class FormTableNamesRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (publication.Projects.IsEmpty || publication.Department is null) return;
        if (publication.Forms is not { Project: { } project, Department: { } department }) return;
        var shared = project.TableNames.Intersect(department.TableNames, StringComparer.Ordinal).ToList();
        if (shared.Count > 0)
            diagnostics.Error(publication.Origin.Of("forms"), Codes.UnknownProfile,
                Messages.Format("PP0221_Tables", department.Id, project.Id, string.Join(", ", shared)));
    }
}
