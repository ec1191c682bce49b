using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfPublish.ReferenceDocx;

// Usage: dotnet run --project src/PerfPublish.ReferenceDocx -- templates/reference.docx
var path = args.Length == 1 ? args[0] : throw new ArgumentException("usage: PerfPublish.ReferenceDocx <output.docx>");
using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
{
    var main = document.AddMainDocumentPart();
    main.AddNewPart<StyleDefinitionsPart>().Styles = OfficialStyles.Create();
    main.AddNewPart<FontTablePart>().Fonts = OfficialFonts.Create();
    main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
        new DefaultTabStop { Val = 420 },
        new EvenAndOddHeaders(),
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        // Word 2013+ layout, so Word does not open the file in compatibility mode.
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
        }));
    var odd = PageFooters.Add(main, JustificationValues.Right);
    var even = PageFooters.Add(main, JustificationValues.Left);
    var first = PageFooters.AddEmpty(main);
    main.Document = new Document(new Body(SampleContent.Paragraphs().Append(PageSetup.Official(odd, even, first))));
    document.PackageProperties.Title = "PerfPublish reference document";
    document.PackageProperties.Created = new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    document.PackageProperties.Modified = new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
}
Console.WriteLine($"wrote {path}");
