using PerfPublish.Diagnostics;
using PerfPublish.Forms;

namespace PerfPublish.Validate;

/// <summary>What the rules check content against: the indicator frameworks and the form profiles, from templates/.</summary>
public sealed record ValidationContext(IReadOnlyDictionary<string, Framework> Frameworks, PerfPublish.Forms.FormCatalog Forms)
{
    /// <summary>templates/frameworks/*.yaml and templates/forms/*/; what is wrong in them is reported.</summary>
    public static ValidationContext Load(string templatesFolder, DiagnosticBag diagnostics)
    {
        var frameworks = Framework.LoadAll(Path.Combine(templatesFolder, "frameworks"), diagnostics);
        return new(frameworks, PerfPublish.Forms.FormCatalog.Load(templatesFolder, [.. frameworks.Keys], diagnostics));
    }
}
