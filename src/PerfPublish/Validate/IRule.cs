using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate;

/// <summary>One content rule with its own diagnostic code(s); rules never stop at the first finding.</summary>
public interface IRule
{
    void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics);
}
