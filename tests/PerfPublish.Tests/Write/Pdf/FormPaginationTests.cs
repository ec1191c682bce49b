using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Write.Pdf;

/// <summary>
/// A form printed as one table longer than a page (the 审批表 of content/2023-yunling-urban) stays with its title:
/// the title, the （2023年度） line and the unit line start on the page of the table's first rows, and the
/// sign-off line under the table on the page of its last row. The template marks those rows keep-with-next
/// (docs/markup.md); without the marks the whole table was one keep-together block, too long for a page, and
/// LibreOffice left the title alone at the foot of a page.
/// </summary>
public class FormPaginationTests
{
    private static readonly string Example = Path.Combine(Repo.Content, "2023-yunling-urban");

    private static readonly string[] Titles = ["1.城区道路抑尘降尘绩效目标表", "2.城市照明设施维护绩效目标表"];

    [LibreOfficeFact]
    public void A_one_table_form_keeps_its_title_block_with_its_first_rows_and_its_sign_off_with_its_last_row()
    {
        using var rendered = RenderedPublication.Of(Example, Repo.Templates);

        Assert.Empty(Cuts(rendered.PdfPath));
    }

    [LibreOfficeFact]
    public void Without_rows_marked_keep_with_next_the_check_finds_the_title_cut_from_its_table()
    {
        using var templates = TempTemplates.CopyOf(Repo.Templates);
        templates.Replace(Path.Combine("forms", "chongqing-project-approval", "form.sbn-html"), "<tr class=\"keep-with-next\">", "<tr>");
        using var rendered = RenderedPublication.Of(Example, templates.Path);

        Assert.NotEmpty(Cuts(rendered.PdfPath));
    }

    /// <summary>Each form whose title is on another page than its first row, or whose last row is on another page than its sign-off.</summary>
    private static List<string> Cuts(string pdf)
    {
        // The contents page names the titles first; the forms follow in the order of the document.
        string[] pieces = ["目录", .. Titles, .. Titles.SelectMany(title => new[] { title, "（2023年度）", "项目名称", "财政部门审核意见", "填表人：王丽" })];
        var places = LaidOutText.Read(pdf).Place(pieces);
        Assert.All(places, place => Assert.NotNull(place));
        var cuts = new List<string>();
        for (var form = 0; form < Titles.Length; form++)
        {
            var at = 1 + Titles.Length + form * 5;
            if (places[at]!.FirstPage != places[at + 2]!.FirstPage)
                cuts.Add($"{Titles[form]}: title on page {places[at]!.FirstPage}, first row on page {places[at + 2]!.FirstPage}");
            if (places[at + 3]!.LastPage != places[at + 4]!.FirstPage)
                cuts.Add($"{Titles[form]}: last row on page {places[at + 3]!.LastPage}, sign-off on page {places[at + 4]!.FirstPage}");
        }
        return cuts;
    }
}
