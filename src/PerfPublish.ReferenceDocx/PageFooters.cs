using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.ReferenceDocx;

/// <summary>
/// Page numbers in the official "— 1 —" form: odd pages at the right, even pages at the left, each
/// one character (4号, 14 pt) in from the edge of the type area ("单页码居右空一字，双页码居左空一字").
/// </summary>
internal static class PageFooters
{
    private const string OneCharacter = "280";

    public static string Add(MainDocumentPart main, JustificationValues side)
    {
        var part = main.AddNewPart<FooterPart>();
        var inset = side == JustificationValues.Right ? new Indentation { Right = OneCharacter } : new Indentation { Left = OneCharacter };
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, inset, new Justification { Val = side }),
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
