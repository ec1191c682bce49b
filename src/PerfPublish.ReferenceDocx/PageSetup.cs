using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.ReferenceDocx;

/// <summary>
/// GB/T 9704-2012 page: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. There is no
/// document grid: the styles' exact line spacing already gives 22 lines a page, and LibreOffice snaps
/// every line to a grid, exact ones too, which doubled the height of table rows.
/// </summary>
internal static class PageSetup
{
    private static uint Millimetres(double mm) => (uint)Math.Round(mm * 1440 / 25.4);

    public static SectionProperties Official(string oddFooter, string evenFooter, string firstFooter) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooter },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooter },
        new FooterReference { Type = HeaderFooterValues.First, Id = firstFooter },
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin
        {
            Top = (int)Millimetres(37), Bottom = (int)Millimetres(35),
            Left = Millimetres(28), Right = Millimetres(26),
            // GB/T 9704 puts the page number's dashes 7 mm below the type area (35 mm from the bottom edge):
            // with the footer line about 6 mm high, its bottom sits 25 mm above the edge.
            Header = Millimetres(15), Footer = Millimetres(25), Gutter = 0,
        },
        new PageNumberType { Start = 1 },
        new TitlePage());
}
