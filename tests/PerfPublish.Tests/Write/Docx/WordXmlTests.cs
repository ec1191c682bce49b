using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using PerfPublish.Parse;
using PerfPublish.Tests.Support;
using PerfPublish.Write.Docx;

namespace PerfPublish.Tests.Write.Docx;

/// <summary>
/// document.xml is written as a stream (WordXml), not through the OpenXML SDK's element tree. What it writes
/// must be what the SDK writes for the same elements: the SDK reads the part back into its elements (known
/// elements and attributes into their schema slots) and serialises them again to the very same text, and the
/// file validates. Over a markup file with every block and inline the subset has, and every example.
/// </summary>
public class WordXmlTests
{
    private static readonly string EveryBlock = Path.Combine(Repo.Fixtures, "docx", "every-block.html");

    public static TheoryData<string> Documents() => ["every-block", .. Directory.GetDirectories(Repo.Content).Select(folder => Path.GetFileName(folder)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_streamed_document_part_is_what_the_sdk_writes_for_its_elements_and_it_validates(string name)
    {
        var tree = name == "every-block" ? Parse(File.ReadAllText(EveryBlock), EveryBlock) : TreeOf(Path.Combine(Repo.Content, name));
        var writer = new DocxWriter(Seed.Templates.ReferenceDocx);
        var pages = PageNumbers.From(tree.Headings.Select((heading, i) => KeyValuePair.Create(heading.Id, i + 3)));

        foreach (var docx in new[] { writer.Write(tree, Seed.Properties), writer.Write(tree, Seed.Properties, pages), writer.WriteForLayout(tree, Seed.Properties) })
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
            var main = document.MainDocumentPart!;
            using var part = new StreamReader(main.GetStream(), Encoding.UTF8);
            var streamed = part.ReadToEnd();

            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", streamed);
            Assert.Equal(main.Document.OuterXml, streamed["<?xml version=\"1.0\" encoding=\"utf-8\"?>".Length..]);
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public void Every_kind_of_block_and_inline_of_the_fixture_reaches_the_word_file()
    {
        var tree = Parse(File.ReadAllText(EveryBlock), EveryBlock);
        using var document = WordprocessingDocument.Open(new MemoryStream(new DocxWriter(Seed.Templates.ReferenceDocx).Write(tree, Seed.Properties)), false);
        var xml = document.MainDocumentPart!.Document.OuterXml;

        foreach (var element in new[] { "<w:b />", "<w:i />", "<w:br />", "<w:hyperlink r:id=", "<w:hyperlink w:anchor=\"_Toc_part_1\">", "<w:keepNext />",
                     "<w:pageBreakBefore />", "<w:ind w:firstLine=\"0\"", "<w:tabs>", "<w:gridSpan w:val=\"3\" />", "<w:vMerge w:val=\"restart\" />",
                     "<w:vMerge w:val=\"continue\" />", "<w:tblHeader />", "<w:jc w:val=\"both\" />", "<w:pStyle w:val=\"TableGap\" />",
                     "<w:instrText xml:space=\"preserve\"> TOC", "&amp; 符号 &lt;不是标签&gt;", "2.", "• " })
            Assert.Contains(element, xml);
        Assert.Equal(3, document.MainDocumentPart.HyperlinkRelationships.Count());
    }

    private static DocumentTree Parse(string markup, string path)
    {
        var diagnostics = new DiagnosticBag();
        var tree = new MarkupParser(path, diagnostics).Parse(markup);
        Assert.Empty(diagnostics.Items);
        return tree;
    }

    private static DocumentTree TreeOf(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var publication = PerfPublish.Load.PublicationLoader.Load(folder, Seed.Forms, diagnostics)! with { Slug = Path.GetFileName(folder) };
        var markup = new PerfPublish.Compose.Composer(Seed.Templates.Document).Compose(publication, diagnostics)!;
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
        return Parse(markup, Seed.Templates.DocumentPath);
    }
}
