using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0205: the publication names an indicator framework that exists in templates/frameworks/.</summary>
public sealed class KnownFrameworkRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (publication.Unread.Contains("framework")) return;
        if (context.Frameworks.ContainsKey(publication.Framework))
        {
            CheckProfiles(publication, diagnostics);
            return;
        }
        var known = context.Frameworks.Keys.Order(StringComparer.Ordinal).ToList();
        var suggestion = Suggestions.Nearest(publication.Framework, known);
        diagnostics.ErrorOf(publication.Origin.Of("framework"), Codes.UnknownFramework, publication.Framework,
                suggestion is null ? "" : Messages.Format("PP0205_Suggest", suggestion), string.Join(", ", known));
    }

    /// <summary>
    /// Each form profile lists the frameworks its indicator trees accept; the publication's must be one of
    /// them for every form it prints. A publication without project files prints no project form, so the
    /// default project profile does not get a say in a department-only publication.
    /// </summary>
    private static void CheckProfiles(Publication publication, DiagnosticBag diagnostics)
    {
        var printed = new[]
        {
            publication.Projects.IsEmpty ? null : publication.Forms.Project,
            publication.Department is null ? null : publication.Forms.Department,
        };
        foreach (var profile in printed.OfType<Forms.FormProfile>())
            if (!profile.Frameworks.Contains(publication.Framework))
                diagnostics.Error(publication.Origin.Of("framework"), Codes.UnknownFramework,
                    Messages.Format("PP0205_Profile", publication.Framework, profile.Id, string.Join(", ", profile.Frameworks)));
    }
}
