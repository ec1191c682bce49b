using PerfPublish.Diagnostics;
using PerfPublish.Load;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0205: the publication names an indicator framework that exists in templates/frameworks/.</summary>
public sealed class KnownFrameworkRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (publication.Unread.Contains("framework") || context.Frameworks.ContainsKey(publication.Framework)) return;
        var known = context.Frameworks.Keys.Order(StringComparer.Ordinal).ToList();
        var suggestion = Suggestions.Nearest(publication.Framework, known);
        diagnostics.Error(publication.Origin.Of("framework"), Codes.UnknownFramework,
            Messages.Format("PP0205", publication.Framework,
                suggestion is null ? "" : Messages.Format("PP0205_Suggest", suggestion), string.Join(", ", known)));
    }
}
