using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Validate.Rules;

/// <summary>PP0220: two totals the profile says agree (the two halves of a form) are equal, or the first at most the second.</summary>
public sealed class AgreeRule : IRule
{
    public void Check(Publication publication, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var record in FormRecords.Of(publication))
        foreach (var agree in record.Profile.Agree)
        {
            if (record.Find(agree.First) is not NumberValue first || record.Find(agree.Second) is not NumberValue second) continue;
            var holds = agree.Relation == AgreeRelation.AtMost ? first.Number <= second.Number : first.Number == second.Number;
            if (!holds)
                diagnostics.Error(first.At, Codes.AgreeCheck, Messages.Format(
                    agree.Relation == AgreeRelation.AtMost ? "PP0220_AtMost" : "PP0220",
                    first.Field.Label, first.Number, second.Field.Label, second.Number));
        }
    }
}
