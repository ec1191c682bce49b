using PerfPublish.Diagnostics;
using PerfPublish.Load;

namespace PerfPublish.Forms;

/// <summary>
/// PP0502: every field path a profile's checks, summary and table totals name is a field of the profile,
/// of a type the check can use (sums and agreements add amounts, cumulative plans compare percentages).
/// </summary>
internal static class FormReferences
{
    public static void Check(FormProfile profile, MappingReader yaml, DiagnosticBag diagnostics)
    {
        foreach (var sum in profile.Sums)
        {
            Expect(profile, sum.Total, sum.At, diagnostics, FieldType.Amount);
            foreach (var part in sum.Parts) Expect(profile, part, sum.At, diagnostics, FieldType.Amount);
            if (sum.Column is not null) ExpectColumn(profile, sum.Column, sum.At, diagnostics);
        }
        foreach (var cumulative in profile.Cumulative)
        foreach (var field in cumulative.Fields)
            Expect(profile, field, cumulative.At, diagnostics, FieldType.Percentage);
        foreach (var agree in profile.Agree)
        {
            Expect(profile, agree.First, agree.At, diagnostics, FieldType.Amount);
            Expect(profile, agree.Second, agree.At, diagnostics, FieldType.Amount);
        }
        foreach (var score in profile.Scores)
        {
            Expect(profile, score.Tree, score.At, diagnostics, FieldType.Indicators);
            ExpectColumn(profile, score.Column, score.At, diagnostics);
        }
        foreach (var table in profile.AllFields.Where(f => f.Total is not null))
            Expect(profile, table.Total!, table.At, diagnostics, FieldType.Amount);

        var summary = yaml.Has("summary") ? yaml.LocationOfValue("summary") : yaml.At;
        Expect(profile, profile.Summary.Name, summary, diagnostics, FieldType.Text);
        if (profile.Summary.Code is not null) Expect(profile, profile.Summary.Code, summary, diagnostics, FieldType.Text);
        if (profile.Summary.Amount is not null) Expect(profile, profile.Summary.Amount, summary, diagnostics, FieldType.Amount);
    }

    private static void Expect(FormProfile profile, string path, SourceLocation at, DiagnosticBag diagnostics, FieldType type)
    {
        var field = profile.Find(path);
        if (field is null)
            diagnostics.ErrorOf(at, Codes.UnknownFieldReference, path, Hint(profile, path));
        else if (field.Type != type)
            diagnostics.Error(at, Codes.UnknownFieldReference,
                Messages.Format("PP0502_Type", path, field.Type.ToString().ToLowerInvariant(), type.ToString().ToLowerInvariant()));
    }

    private static void ExpectColumn(FormProfile profile, string path, SourceLocation at, DiagnosticBag diagnostics)
    {
        var column = profile.FindColumn(path);
        if (column is null)
            diagnostics.ErrorOf(at, Codes.UnknownFieldReference, path, Hint(profile, path));
        else if (column.Type != FieldType.Amount)
            diagnostics.Error(at, Codes.UnknownFieldReference,
                Messages.Format("PP0502_Type", path, column.Type.ToString().ToLowerInvariant(), "amount"));
    }

    private static string Hint(FormProfile profile, string path)
    {
        var known = profile.AllFields.Select(f => f.Path)
            .Concat(profile.AllFields.SelectMany(f => f.Columns.Select(c => c.Path))).ToList();
        var nearest = Suggestions.Nearest(path, known);
        return nearest is null
            ? Messages.Format("PP0103_Keys", string.Join(", ", known))
            : Messages.Format("PP0103_Suggest", Messages.Format("Field_Unlabelled", nearest));
    }
}
