using PerfPublish.Forms;

namespace PerfPublish.Import;

/// <summary>A text of the source that landed in no field, with where it was; kept as a comment in the file written.</summary>
public sealed partial record ImportNote(string Place, string Text)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Number();

    /// <summary>A place that sorts in the source's order ("row 5" before "row 10"): its numbers padded with zeros.</summary>
    public static string SortKey(string place) => Number().Replace(place, m => m.Value.PadLeft(6, '0'));
}
