using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.ReferenceDocx;

/// <summary>One example paragraph per style, so a person restyling the file in Word sees what each one is for.</summary>
internal static class SampleContent
{
    public static IEnumerable<OpenXmlElement> Paragraphs() =>
    [
        Sample("Title", "标题（Title）：某某单位2021年部门预算绩效目标"),
        Sample("Subtitle", "副标题（Subtitle）：单位名称、年度"),
        Sample("TOCHeading", "目录标题（TOC Heading）"),
        Sample("TOC1", "目录一级（TOC 1）：第一部分 部门整体绩效目标"),
        Sample("TOC2", "目录二级（TOC 2）：一、总体绩效目标"),
        Sample("Heading1", "第一部分 部门整体绩效目标（Heading 1）"),
        Sample("Heading2", "一、总体绩效目标（Heading 2，黑体）"),
        Sample("Heading3", "（一）政府采购（Heading 3，楷体）"),
        Sample("Normal", "正文（Normal）：仿宋三号，首行缩进两字，固定行距，每页约22行。Digits 2021 and Latin text use Times New Roman."),
        Sample("TableTitle", "1.某项目绩效目标表（Table Title）"),
        Sample("UnitLine", "632001某单位\t单位：万元（Unit Line）"),
        SampleTable(),
        Sample("TableGap", ""),
        SampleTable(),
    ];

    private static Paragraph Sample(string style, string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = style }),
        new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table SampleTable() => new(
        new TableProperties(
            new TableStyle { Val = "PerfTable" },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }),
        new TableGrid(new GridColumn { Width = "4422" }, new GridColumn { Width = "4423" }),
        new TableRow(Cell("TableText", "表格文字（Table Text）"), Cell("TableText", "6.00")));

    private static TableCell Cell(string style, string text) => new(Sample(style, text));
}
