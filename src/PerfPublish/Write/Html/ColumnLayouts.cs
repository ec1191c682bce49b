using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PerfPublish.Write.Html;

/// <summary>
/// The column widths of a page's tables as CSS. Widths are template data (relative weights on
/// <c>col data-width</c>), so they cannot live in site.css; style attributes are never written, so
/// each distinct set of widths becomes a class whose rules go into the page's one style element.
/// </summary>
internal sealed class ColumnLayouts
{
    private readonly List<ImmutableArray<int>> _layouts = [];

    /// <summary>The class of a table with these widths, or null when the template gave none.</summary>
    public string? ClassFor(ImmutableArray<int> widths)
    {
        if (widths.IsDefaultOrEmpty || widths.Sum() <= 0) return null;
        var index = _layouts.FindIndex(l => l.SequenceEqual(widths));
        if (index < 0)
        {
            _layouts.Add(widths);
            index = _layouts.Count - 1;
        }

        return $"cols-{index + 1}";
    }

    /// <summary>One rule per column: percentages of the table, so the widths hold at any page width.</summary>
    public string Css()
    {
        var css = new StringBuilder();
        for (var layout = 0; layout < _layouts.Count; layout++)
        {
            var widths = _layouts[layout];
            var total = (decimal)widths.Sum();
            for (var column = 0; column < widths.Length; column++)
            {
                var percent = Math.Round(widths[column] * 100m / total, 2).ToString("0.##", CultureInfo.InvariantCulture);
                css.Append($".cols-{layout + 1} col:nth-child({column + 1}){{width:{percent}%}}\n");
            }
        }

        return css.ToString();
    }
}
