using PerfPublish.Diagnostics;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0217: the budget year is a plausible year (2000–2099); a typo such as 221 or 20211 is caught before it is printed.</summary>
public sealed class YearRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!publication.Unread.Contains("year") && publication.Year is < 2000 or > 2099)
            diagnostics.ErrorOf(publication.Origin.Of("year"), Codes.YearRange, publication.Year);
    }
}
