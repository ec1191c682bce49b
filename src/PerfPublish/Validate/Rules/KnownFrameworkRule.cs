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
        diagnostics.Error(publication.Origin.Of("framework"), Codes.UnknownFramework,
            Messages.Format("PP0205", publication.Framework,
                suggestion is null ? "" : Messages.Format("PP0205_Suggest", suggestion), string.Join(", ", known)));
    }

    /// <summary>Each form profile lists the frameworks its indicator trees accept; the publication's must be one of them.</summary>
    private static void CheckProfiles(Publication publication, DiagnosticBag diagnostics)
    {
        foreach (var profile in new[] { publication.Forms.Project, publication.Forms.Department }.OfType<Forms.FormProfile>())
            if (!profile.Frameworks.Contains(publication.Framework))
                diagnostics.Error(publication.Origin.Of("framework"), Codes.UnknownFramework,
                    Messages.Format("PP0205_Profile", publication.Framework, profile.Id, string.Join(", ", profile.Frameworks)));
    }
}
