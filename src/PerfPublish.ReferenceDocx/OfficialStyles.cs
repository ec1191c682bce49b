using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.ReferenceDocx;

/// <summary>
/// The styles of GB/T 9704-2012 body typography. Sizes are in half-points (三号 16 pt = 32);
/// Chinese fonts are East Asian fonts, digits and Latin text Times New Roman.
/// </summary>
internal static class OfficialStyles
{
    private const string Latin = OfficialFonts.Latin;
    private const string FangSong = OfficialFonts.FangSong;
    private const string Hei = OfficialFonts.Hei;
    private const string Kai = OfficialFonts.Kai;
    private const string XiaoBiaoSong = OfficialFonts.XiaoBiaoSong;
    private const string Song = OfficialFonts.Song;
    private const string ExactLine = "579"; // 28.95 pt: 22 lines on the 225 mm type area
    private const int TextWidth = 8845;     // A4 minus 28 mm and 26 mm margins, in twentieths of a point

    public static Styles Create() => new(
        Defaults(),
        // Widow control stated, not left to the program: LibreOffice applies it by default and Word
        // does not, and the TOC's page numbers come from LibreOffice's layout.
        Paragraph("Normal", "Normal", null, FangSong, 32, p => p.Append(
            new WidowControl(),
            new SpacingBetweenLines { Line = ExactLine, LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            new Indentation { FirstLine = "640", FirstLineChars = 200 },
            new Justification { Val = JustificationValues.Both })),
        // The title's digits and Latin letters in 小标宋 as well: a bold-looking face, so the year set in Times New
        // Roman beside it read as a lighter weight ("2021" regular next to bold Chinese).
        Paragraph("Title", "Title", "Normal", XiaoBiaoSong, 44, p => p.Append(
            new SpacingBetweenLines { Before = "1200", After = "600", Line = "800", LineRule = LineSpacingRuleValues.Exact },
            NoIndent(), Centered()), latin: XiaoBiaoSong),
        Paragraph("Subtitle", "Subtitle", "Normal", Kai, 32, p => p.Append(NoIndent(), Centered())),
        Paragraph("Heading1", "heading 1", "Normal", Hei, 32, p => p.Append(
            new KeepNext(), new SpacingBetweenLines { Before = "579", After = "289" }, NoIndent(), Centered(),
            new OutlineLevel { Val = 0 })),
        Paragraph("Heading2", "heading 2", "Normal", Hei, 32, p => p.Append(new KeepNext(), new OutlineLevel { Val = 1 })),
        Paragraph("Heading3", "heading 3", "Normal", Kai, 32, p => p.Append(new KeepNext(), new OutlineLevel { Val = 2 })),
        Paragraph("TableTitle", "Table Title", "Normal", FangSong, 32, p => p.Append(
            new KeepNext(), new SpacingBetweenLines { Before = "289" }, NoIndent(), Centered(), new OutlineLevel { Val = 1 }), bold: true),
        Paragraph("UnitLine", "Unit Line", "Normal", FangSong, 24, p => p.Append(
            new KeepNext(), new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth }),
            new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Exact }, NoIndent())),
        Paragraph("TableText", "Table Text", "Normal", FangSong, 21, p => p.Append(
            new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.Exact }, NoIndent(), Centered())),
        // Between two tables that follow each other: without a paragraph between them Word and
        // LibreOffice join them into one table, and the second one's header row could not repeat.
        Paragraph("TableGap", "Table Gap", "Normal", FangSong, 4, p => p.Append(
            new KeepNext(), new SpacingBetweenLines { Line = "120", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }, NoIndent())),
        Paragraph("TOCHeading", "TOC Heading", "Normal", Hei, 32, p => p.Append(
            new SpacingBetweenLines { After = "579" }, NoIndent(), Centered())),
        Paragraph("TOC1", "toc 1", "Normal", FangSong, 32, p => p.Append(TocTabs(), NoIndent())),
        Paragraph("TOC2", "toc 2", "Normal", FangSong, 32, p => p.Append(TocTabs(), new Indentation { LeftChars = 200, Left = "640", FirstLine = "0", FirstLineChars = 0 })),
        Paragraph("Footer", "footer", "Normal", Song, 28, p => p.Append(
            new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, NoIndent())),
        new Style(
            new StyleName { Val = "Hyperlink" },
            new StyleRunProperties(new Color { Val = "auto" }))
        { Type = StyleValues.Character, StyleId = "Hyperlink" },
        TableStyle());

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            Fonts(FangSong),
            new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
            new Languages { Val = "en-US", EastAsia = "zh-CN" })),
        // Line-end punctuation (、，。；：！？) stays inside the line. In Word's terms (ISO/IEC 29500-1 §17.3.1.21)
        // overflowPunct=1 means "may extend one character into the margin", the same as omitting it, so Word lays
        // the file out as before and draws a hanging mark in the margin. LibreOffice reads the switch the
        // other way round (val=0 turns its hanging punctuation on, and an omitted element leaves it on) and,
        // on a justified line, does not draw the hanging mark at all: the character was lost from the PDF.
        // With val=1 LibreOffice keeps the mark inside the line and moves one more character down.
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new OverflowPunctuation { Val = true })));

    private static RunFonts Fonts(string eastAsia, string latin = Latin) => new()
    {
        Ascii = latin, HighAnsi = latin, ComplexScript = latin, EastAsia = eastAsia, Hint = FontTypeHintValues.EastAsia,
    };

    private static Style Paragraph(string id, string name, string? basedOn, string font, int halfPoints,
        Action<StyleParagraphProperties> paragraph, bool bold = false, string latin = Latin)
    {
        var properties = new StyleParagraphProperties();
        paragraph(properties);
        var run = new StyleRunProperties(Fonts(font, latin));
        if (bold) run.Append(new Bold(), new BoldComplexScript());
        run.Append(new FontSize { Val = halfPoints.ToString() }, new FontSizeComplexScript { Val = halfPoints.ToString() });
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle(), properties, run);
        if (id == "Normal") style.Default = true;
        return style;
    }

    private static Indentation NoIndent() => new() { FirstLine = "0", FirstLineChars = 0 };

    private static Justification Centered() => new() { Val = JustificationValues.Center };

    private static Tabs TocTabs() => new(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = TextWidth });

    private static Style TableStyle()
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Color = "000000" };
        return new Style(
            new StyleName { Val = "Perf Table" },
            new StyleTableProperties(
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "PerfTable" };
    }
}
