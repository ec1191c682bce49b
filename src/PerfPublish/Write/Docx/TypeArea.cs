using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Write.Docx;

/// <summary>The page's type area (inside the margins), in twentieths of a point, from the reference document's page setup.</summary>
internal sealed record TypeArea(int Width, int Height)
{
    public static TypeArea Of(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        var width = (int)(size?.Width?.Value ?? 11906) - (int)(margin?.Left?.Value ?? 1587) - (int)(margin?.Right?.Value ?? 1474);
        var height = (int)(size?.Height?.Value ?? 16838) - Math.Abs(margin?.Top?.Value ?? 2098) - Math.Abs(margin?.Bottom?.Value ?? 1984);
        return new TypeArea(width, height);
    }
}
