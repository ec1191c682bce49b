using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.ReferenceDocx;

/// <summary>Page numbers in the official "— 1 —" form: odd pages at the right, even pages at the left.</summary>
internal static class PageFooters
{
    public static string Add(MainDocumentPart main, JustificationValues side)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = side }),
            new Run(new Text("— ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
        return main.GetIdOfPart(part);
    }

    /// <summary>The title page carries no page number.</summary>
    public static string AddEmpty(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" })));
        return main.GetIdOfPart(part);
    }
}
