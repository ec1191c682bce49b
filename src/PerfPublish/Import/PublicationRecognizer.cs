using System.Globalization;
using System.Text.RegularExpressions;
using PerfPublish.Diagnostics;
using PerfPublish.Forms;
using PerfPublish.Model;

namespace PerfPublish.Import;

/// <summary>
/// Finds the publication in a Word file's blocks, laid out as the seed is: a cover with the title (a
/// Title or heading style, or simply bold), 第一部分 with its 一、 sections (总体绩效目标, 分项绩效目标 with
/// （一） sub-goals, 工作保障措施), then 第二部分 with one form per project, each under its "1.…绩效目标表"
/// title and unit line. A department form (部门整体支出绩效目标表), when the file has one, is its tables from
/// the one holding the form's first label up to the next form or part, wherever it stands (the 2019 layout
/// prints it as 第一部分's 四、). What fits nowhere is a note with its paragraph number, never dropped.
/// </summary>
public sealed partial class PublicationRecognizer(FormProfile form, FormProfile? department, ImportReport report)
{
    private enum Part { Cover, One, Two }

    private enum Section { None, Overall, Objectives, Safeguards, Department, Other }

    /// <summary>An objective as its lines come: （一）name, then 绩效目标：goal and 绩效指标：indicator, each at most once.</summary>
    private sealed record ObjectiveDraft(string Name, string? Goal, string? Indicator);

    [GeneratedRegex(@"^第[一1][部]分")]
    private static partial Regex PartOne();

    [GeneratedRegex(@"^第[二2]部分")]
    private static partial Regex PartTwo();

    [GeneratedRegex(@"^[一二三四五六七八九十]+[、.．]\s*(?<name>.+)$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]\s*(?<name>.+)$")]
    private static partial Regex SubGoal();

    [GeneratedRegex(@"^绩效目标\s*[:：]\s*(?<text>.*)$")]
    private static partial Regex GoalLine();

    [GeneratedRegex(@"^绩效指标\s*[:：]\s*(?<text>.*)$")]
    private static partial Regex IndicatorLine();

    // 1.…项目绩效目标表, or a form's own title typed alone: …项目支出绩效目标申报表（2020年度）.
    [GeneratedRegex(@"^\d{1,3}[.、．].*表$|^.{2,90}绩效目标(申报)?表\s*([（(]\d{4}年度?[）)])?$")]
    private static partial Regex FormTitle();

    [GeneratedRegex(@"^(toc|contents|目录)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex TableOfContentsStyle();

    // A contents line typed by hand or left from an updated field: the entry, a tab or dot leaders, the page number.
    [GeneratedRegex(@"(\t|[.·…．]{2,})\s*\d{1,4}$")]
    private static partial Regex EndsWithPageNumber();

    [GeneratedRegex(@"(?<year>(19|20)\d{2})\s*年")]
    private static partial Regex YearIn();

    // The line a form prints centred over itself: （2023年度）.
    [GeneratedRegex(@"^[（(]\s*(?<year>(19|20)\d{2})\s*年度?\s*[）)]$")]
    private static partial Regex YearLine();

    private readonly FormMapper _forms = new(form, "", report);
    private readonly FormMapper? _departmentForms = department is null ? null : new(department, "", report);
    private readonly List<WordTable> _departmentTables = [];
    private readonly List<WordParagraph> _underDepartment = [];
    // The paragraphs under the form just read, while they are its label：value lines (the sign-off); null past them.
    private (FormMapper Form, List<WordParagraph> Lines)? _under;
    private readonly List<(WordParagraph Paragraph, int Year)> _yearLines = [];
    private readonly List<string> _formTitles = [];
    private UnitLineFields? _departmentUnit;
    private readonly List<(string Place, string Text)> _departmentUnitPieces = [];
    private bool _inDepartmentForm;
    private readonly List<ImportNote> _notes = [];
    private readonly List<string> _overall = [], _safeguards = [];
    private readonly List<ObjectiveDraft> _objectives = [];
    private readonly List<(string? Title, List<WordTable> Tables, List<WordParagraph> Under)> _projects = [];
    private readonly List<WordParagraph> _cover = [];
    private Part _part = Part.Cover;
    private Section _section = Section.None;
    private string? _title, _pendingTitle;
    private UnitLineFields _unit = new(null, null, null);
    private WordParagraph? _pendingUnit;

    public PublicationDraft Recognize(WordDocument document)
    {
        foreach (var block in document.Blocks)
        {
            if (block is WordParagraph paragraph) Read(paragraph);
            else if (block is WordTable table) Read(table);
        }

        FlushPendingUnit();
        AccountDepartmentUnit();
        var year = _title is not null && YearIn().Match(_title) is { Success: true } m ? int.Parse(m.Groups["year"].Value) : (int?)null;
        year = AccountYearLines(year);
        foreach (var cover in _cover)
        {
            var text = ImportText.Clean(cover.Text);
            if (text == _unit.Name || text == $"{year}年" || text == $"{_unit.Code}{_unit.Name}") Printed(cover, "the title page's unit and year");
            else Note(cover);
        }

        var mapper = new FormMapper(form, _unit.CurrencyUnit ?? "", report);
        var projects = _projects.Select((p, i) => new ProjectDraft(p.Title, mapper.Map(p.Tables, p.Under, ImportLedger.Project(i + 1)))).ToList();
        var whole = department is null || _departmentTables.Count == 0 ? null
            : new FormMapper(department, _unit.CurrencyUnit ?? "", report).Map(_departmentTables, _underDepartment, ImportLedger.Department);
        var notes = _notes.OrderBy(n => ImportNote.SortKey(n.Place), StringComparer.Ordinal).ToList();
        return new PublicationDraft(AsPublication(year, projects, whole), projects, notes) { Department = whole, FormTitle = _formTitles.FirstOrDefault() };
    }

    /// <summary>What was recognised as the build's publication; what the file did not give stands empty, named in Unread.</summary>
    private Publication AsPublication(int? year, IReadOnlyList<ProjectDraft> projects, ImportedForm? whole)
    {
        var at = Origin.Of(report.At(null));
        var missing = new[] { (_title is null, "title"), (year is null, "year"), (_unit.Name is null, "unit.name") }.Where(m => m.Item1).Select(m => m.Item2);
        return new Publication("", _title ?? "", year ?? 0, new Unit(_unit.Code ?? "", _unit.Name ?? ""), _unit.CurrencyUnit ?? "", "",
            _overall.Count > 0 ? new MarkdownText(ProseMarkdown.Join(_overall), ImportLedger.Overall) : null,
            [.. _objectives.Select(o => new Objective(o.Name, o.Goal ?? "", o.Indicator ?? "", at))],
            _safeguards.Count > 0 ? new MarkdownText(ProseMarkdown.Join(_safeguards), ImportLedger.Safeguards) : null,
            [.. projects.Select((p, i) => new Project(i + 1, p.Form.Record))], at)
        {
            Unread = [.. missing],
            Forms = new PublicationForms(projects.Count > 0 ? form : null, whole is null ? null : department),
            Department = whole?.Record,
        };
    }

    private void Read(WordParagraph paragraph)
    {
        var text = ImportText.Clean(paragraph.Text);
        if (text.Length == 0) return;
        if (_under is { } under && under.Form.NamesFields(text))
        {
            under.Lines.Add(paragraph);
            return;
        }

        _under = null;
        if (IsTableOfContents(paragraph, text)) Printed(paragraph, "the table of contents");
        else if (YearLine().Match(text) is { Success: true } yearLine) _yearLines.Add((paragraph, int.Parse(yearLine.Groups["year"].Value)));
        else if (IsDepartmentTitle(text)) EnterDepartment(paragraph, text);
        // A publication of its forms alone numbers its project part 第一部分 (there is no other part before it).
        else if (PartOne().IsMatch(text)) Enter(text.Contains("项目绩效目标", StringComparison.Ordinal) ? Part.Two : Part.One, paragraph);
        else if (PartTwo().IsMatch(text)) Enter(Part.Two, paragraph);
        else if (_part == Part.Cover && !FormsSeen) ReadCover(paragraph, text);
        else if (_part == Part.One) ReadPartOne(paragraph, text);
        else ReadPartTwo(paragraph, text);
    }

    private void Enter(Part part, WordParagraph heading)
    {
        _part = part;
        _section = Section.None;
        _inDepartmentForm = false;
        Printed(heading, "a part's heading");
    }

    /// <summary>The department form's title (四、部门整体支出绩效目标表, or typed alone in bold), in either part.</summary>
    private bool IsDepartmentTitle(string text) => department is not null && text.Length <= 40 && text.Contains("整体支出绩效目标表");

    /// <summary>
    /// The department form's title starts its section. In a file that is the form alone (its title first, no cover and
    /// no parts) it is the only title the file has: then it is the publication's title too.
    /// </summary>
    private void EnterDepartment(WordParagraph title, string text)
    {
        _section = Section.Department;
        _inDepartmentForm = false;
        _formTitles.Add(text);
        if (_part == Part.Cover && _title is null && !FormsSeen && TitleLike(title)) TakeTitle(title, text);
        else Printed(title, "the department form's title");
    }

    /// <summary>Whether a form has been read: in a file of forms alone (no parts), what follows the first form is read as 第二部分 is.</summary>
    private bool FormsSeen => _projects.Count > 0 || _departmentTables.Count > 0;

    private static bool TitleLike(WordParagraph paragraph) =>
        (paragraph.Bold || paragraph.HeadingLevel is not null || paragraph.Style?.Contains("Title", StringComparison.OrdinalIgnoreCase) == true)
        && paragraph.Style?.Contains("Subtitle", StringComparison.OrdinalIgnoreCase) != true;

    private void TakeTitle(WordParagraph paragraph, string text)
    {
        // A title typed over two lines or two paragraphs (the unit, then the year and kind) is one title: Chinese joins them without a space.
        _title = (_title ?? "") + text.Replace("\n", "");
        report.Ledger.Account(paragraph.Place, text, new ToField(ImportLedger.Publication, "title", text.Replace("\n", "")));
    }

    private static bool IsTableOfContents(WordParagraph paragraph, string text) =>
        TableOfContentsStyle().IsMatch(paragraph.Style ?? "") || EndsWithPageNumber().IsMatch(paragraph.Text.TrimEnd(ImportText.Blanks.Except(['\t']).ToArray()))
        || text is "目录" or "目  录" or "目 录";

    private void ReadCover(WordParagraph paragraph, string text)
    {
        if (TitleLike(paragraph) && (_title is null || IsFirstLineOfTitle(_title))) TakeTitle(paragraph, text);
        // A form published alone has its unit line (填报单位：（盖章）　单位：万元) between its title and the form.
        else if (UnitLineFields.Parse(text) is { } unit) TakeUnit(unit, [(paragraph.Place, text)]);
        else _cover.Add(paragraph);
    }

    /// <summary>A title so far without its year or kind (云溪市溪东区教育局): the next bold paragraph goes on with it.</summary>
    private static bool IsFirstLineOfTitle(string title) => !YearIn().IsMatch(title) && !title.EndsWith("目标", StringComparison.Ordinal);

    private void ReadPartOne(WordParagraph paragraph, string text)
    {
        if (SectionHeading().Match(text) is { Success: true } heading && text.Length <= 30)
        {
            var name = heading.Groups["name"].Value;
            _section = name.Contains("总体") ? Section.Overall : name.Contains("分项") ? Section.Objectives : name.Contains("保障") ? Section.Safeguards : Section.Other;
            _inDepartmentForm = false;
            if (_section == Section.Other) Note(paragraph);
            else Printed(paragraph, "a section's heading");
            return;
        }

        switch (_section)
        {
            case Section.Overall: Prose(paragraph, _overall, ImportLedger.Overall); break;
            case Section.Safeguards: Prose(paragraph, _safeguards, ImportLedger.Safeguards); break;
            case Section.Objectives: ReadObjective(paragraph, text); break;
            case Section.Department when ReadDepartmentUnit(UnitLineFields.Parse(text) ?? UnitLineFields.ParseUnit(text), [(paragraph.Place, text)]): break;
            case Section.None when text.EndsWith("绩效目标", StringComparison.Ordinal): Printed(paragraph, "a heading"); break;
            default: Note(paragraph); break;
        }
    }

    private void Prose(WordParagraph paragraph, List<string> prose, string file)
    {
        var markdown = ProseMarkdown.Paragraph(paragraph);
        prose.Add(markdown);
        report.Ledger.Account(paragraph.Place, paragraph.Text, new ToField(file, "", markdown));
    }

    private void ReadObjective(WordParagraph paragraph, string text)
    {
        var at = $"objectives[{_objectives.Count - 1}]";
        if (SubGoal().Match(text) is { Success: true } sub)
        {
            var name = sub.Groups["name"].Value.Trim();
            _objectives.Add(new ObjectiveDraft(name, null, null));
            Split(paragraph, text, name, new ToField(ImportLedger.Objectives, $"objectives[{_objectives.Count - 1}].name", name), "an objective's number");
        }
        else if (_objectives.Count > 0 && GoalLine().Match(text) is { Success: true } goal && _objectives[^1].Goal is null)
        {
            _objectives[^1] = _objectives[^1] with { Goal = goal.Groups["text"].Value.Trim() };
            Split(paragraph, text, _objectives[^1].Goal!, new ToField(ImportLedger.Objectives, $"{at}.goal", _objectives[^1].Goal!), "label");
        }
        else if (_objectives.Count > 0 && IndicatorLine().Match(text) is { Success: true } indicator && _objectives[^1].Indicator is null)
        {
            _objectives[^1] = _objectives[^1] with { Indicator = indicator.Groups["text"].Value.Trim() };
            Split(paragraph, text, _objectives[^1].Indicator!, new ToField(ImportLedger.Objectives, $"{at}.indicator", _objectives[^1].Indicator!), "label");
        }
        else
        {
            Note(paragraph);
            return;
        }

    }

    /// <summary>A line of a label (or number) and a value: the value to its destination, the rest as the form's words.</summary>
    private void Split(WordParagraph paragraph, string text, string value, Destination to, string rest)
    {
        report.Ledger.Account(paragraph.Place, value, to);
        report.Ledger.Account(paragraph.Place, Remainder(text, value), new ToPrinted(rest));
    }

    /// <summary>The text without one occurrence of each of <paramref name="taken"/> (the last one: labels come first).</summary>
    public static string Remainder(string text, params string?[] taken)
    {
        foreach (var piece in taken.Where(t => !string.IsNullOrEmpty(t)))
        {
            var at = text.LastIndexOf(piece!, StringComparison.Ordinal);
            if (at >= 0) text = text.Remove(at, piece!.Length);
        }

        return text;
    }

    private void ReadPartTwo(WordParagraph paragraph, string text)
    {
        if (_section == Section.Department && ReadDepartmentUnit(UnitLineFields.Parse(text) ?? UnitLineFields.ParseUnit(text), [(paragraph.Place, text)])) return;
        if (_pendingUnit is not null && UnitLineFields.Parse(text) is { Name: null } currency)
        {
            // The unit line typed as two paragraphs: the unit, then 单位：万元.
            var first = ImportText.Clean(_pendingUnit.Text);
            var unit = UnitLineFields.ParseUnit(first) ?? new UnitLineFields(null, first, null);
            TakeUnit(unit with { CurrencyUnit = currency.CurrencyUnit }, [(_pendingUnit.Place, first), (paragraph.Place, text)]);
            _pendingUnit = null;
            return;
        }

        FlushPendingUnit();
        if (FormTitle().IsMatch(text) && text.Length <= 100)
        {
            _section = Section.None;
            _pendingTitle = text;
            _formTitles.Add(text);
            Printed(paragraph, "a form's title");
        }
        else if (UnitLineFields.Parse(text) is { } unit) TakeUnit(unit, [(paragraph.Place, text)]);
        else if (UnitLineFields.ParseUnit(text) is not null) _pendingUnit = paragraph;
        else if (_projects.Count == 0 && text.EndsWith("绩效目标", StringComparison.Ordinal)) Printed(paragraph, "a heading");
        else Note(paragraph);
    }

    private void FlushPendingUnit()
    {
        if (_pendingUnit is null) return;
        Note(_pendingUnit);
        _pendingUnit = null;
    }

    private void Read(WordTable table)
    {
        FlushPendingUnit();
        _under = null;
        if (UnitTable(table) is { } unit)
        {
            var cells = table.Grid.Distinct(0).Where(c => !c.IsEmpty).Select(c => (c.Place.ToString(), c.Text)).ToList();
            if (!(_section == Section.Department && ReadDepartmentUnit(unit, cells))) TakeUnit(unit, cells);
            foreach (var cell in table.Grid.Cells)
                for (var i = 0; i < cell.Nested.Count; i++) Note(cell.NestedPlace(i + 1), cell.Nested[i]);
            return;
        }

        // The department form's tables run from the one holding its first label to the next project form.
        if (_departmentForms?.Starts(table) == true && _departmentTables.Count == 0) _inDepartmentForm = true;
        else if (_part != Part.One && _forms.Starts(table)) _inDepartmentForm = false;

        // Project forms stand in 第二部分, or anywhere in a file without parts (a form published alone, its title first).
        if (_inDepartmentForm) _departmentTables.Add(table);
        else if (_part != Part.One && _forms.Starts(table)) _projects.Add((_pendingTitle, [table], []));
        else if (_part != Part.One && _projects.Count > 0) _projects[^1].Tables.Add(table);
        else
        {
            // A table outside any form (in 第一部分, or before the first form's labels): every cell a note.
            foreach (var cell in table.Grid.Cells) NoteCell(cell);
            return;
        }

        _pendingTitle = null;
        _under = _inDepartmentForm ? (_departmentForms!, _underDepartment) : (_forms, _projects[^1].Under);
    }

    /// <summary>
    /// The （2023年度） lines forms print over themselves: the publication's year when the title gave none, the form's own
    /// words when they say the same year, else notes. Returns the publication's year.
    /// </summary>
    private int? AccountYearLines(int? year)
    {
        foreach (var (paragraph, lineYear) in _yearLines)
        {
            var text = ImportText.Clean(paragraph.Text);
            if (year is null)
            {
                year = lineYear;
                Split(paragraph, text, lineYear.ToString(CultureInfo.InvariantCulture), new ToField(ImportLedger.Publication, "year", lineYear.ToString(CultureInfo.InvariantCulture)), "the form's year line");
            }
            else if (lineYear == year) Printed(paragraph, "the form's year line");
            else Note(paragraph);
        }

        return year;
    }

    /// <summary>
    /// The department form's own unit line (its code and name, 单位：万元; one line, or the unit and then 单位：万元):
    /// the publication's unit when it has no project forms. False when the line is not one, or comes twice.
    /// </summary>
    private bool ReadDepartmentUnit(UnitLineFields? line, IReadOnlyList<(string Place, string Text)> pieces)
    {
        if (line is null || _departmentUnit is { CurrencyUnit: not null }) return false;
        if (_departmentUnit is { } unit && line is { Name: null, CurrencyUnit: not null }) _departmentUnit = unit with { CurrencyUnit = line.CurrencyUnit };
        else if (_departmentUnit is null) _departmentUnit = line;
        else return false;
        _departmentUnitPieces.AddRange(pieces);
        return true;
    }

    /// <summary>The department form's unit line: the publication's unit when no project form gave one, else the same unit printed again or a note.</summary>
    private void AccountDepartmentUnit()
    {
        if (_departmentUnit is null) return;
        if (_unit.CurrencyUnit is null && _departmentUnit.CurrencyUnit is not null) TakeUnit(_departmentUnit, _departmentUnitPieces);
        else if (_departmentUnit.Name is null || _departmentUnit == _unit || _departmentUnit with { CurrencyUnit = _unit.CurrencyUnit } == _unit)
            foreach (var (place, text) in _departmentUnitPieces) report.Ledger.Account(place, text, new ToPrinted("the unit line again"));
        else foreach (var (place, text) in _departmentUnitPieces) Note(place, text);
    }

    /// <summary>The unit line typed as a one-row borderless table (unit | 单位：万元).</summary>
    private static UnitLineFields? UnitTable(WordTable table) =>
        table.Grid.Rows.Count == 1
            ? UnitLineFields.Parse(string.Join("\t", table.Grid.Distinct(0).Select(c => c.Text).Where(t => t.Length > 0)))
            : null;

    /// <summary>The first unit line sets the publication's unit; the same line again is the form's, a later one that differs is kept as a note.</summary>
    private void TakeUnit(UnitLineFields unit, IReadOnlyList<(string Place, string Text)> pieces)
    {
        if (_unit.CurrencyUnit is null)
        {
            _unit = unit;
            AccountUnit(unit, pieces);
        }
        else if (unit == _unit)
            foreach (var (place, text) in pieces) report.Ledger.Account(place, text, new ToPrinted("the unit line again"));
        else foreach (var (place, text) in pieces) Note(place, text);
    }

    /// <summary>The unit line's code, name and currency unit into publication.yaml; its 单位： as the form's word.</summary>
    private void AccountUnit(UnitLineFields unit, IReadOnlyList<(string Place, string Text)> pieces)
    {
        var fields = new (string? Value, string Path)[] { (unit.Name, "unit.name"), (unit.Code, "unit.code"), (unit.CurrencyUnit, "currency_unit") }.ToList();
        foreach (var (place, text) in pieces)
        {
            var rest = text;
            foreach (var field in fields.Where(f => f.Value is not null && rest.Contains(f.Value, StringComparison.Ordinal)).ToList())
            {
                report.Ledger.Account(place, field.Value!, new ToField(ImportLedger.Publication, field.Path, field.Value!));
                rest = Remainder(rest, field.Value);
                fields.Remove(field);
            }

            report.Ledger.Account(place, rest, new ToPrinted("the unit line's words"));
        }
    }

    private void Printed(WordParagraph paragraph, string what)
    {
        report.Ledger.Account(paragraph.Place, paragraph.Text, new ToPrinted(what));
    }

    private void Note(WordParagraph paragraph) => Note(paragraph.Place, ImportText.Clean(paragraph.Text));

    private void Note(string place, string text)
    {
        _notes.Add(new ImportNote(place, text));
        report.Ledger.Account(place, text, new ToNote(ImportLedger.Publication));
        report.WarningAt(place, Codes.ImportUnmapped, "PP0607", FormMapper.Excerpt(text));
    }

    private void NoteCell(GridCell cell)
    {
        for (var i = 0; i < cell.Nested.Count; i++) Note(cell.NestedPlace(i + 1), cell.Nested[i]);
        if (!cell.IsEmpty) Note(cell.Place.ToString(), cell.Text);
    }
}
