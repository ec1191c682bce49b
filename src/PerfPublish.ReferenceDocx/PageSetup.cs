using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.ReferenceDocx;

/// <summary>GB/T 9704-2012 page: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.</summary>
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
            Header = Millimetres(15), Footer = Millimetres(20), Gutter = 0,
        },
        new PageNumberType { Start = 1 },
        new TitlePage(),
        new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 });
}
