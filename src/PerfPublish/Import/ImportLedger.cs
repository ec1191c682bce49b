namespace PerfPublish.Import;

/// <summary>Where a piece of the Word file's text went.</summary>
public abstract record Destination
{
    /// <summary>The record (content file) a destination is in: <see cref="ImportLedger.Publication"/>, a prose file, a project or the department.</summary>
    public virtual string? Record => null;
}

/// <summary>Into a field: the record, the path inside it (goals[1], indicators[0].groups[2].items[0].value) and the value as written.</summary>
public sealed record ToField(string In, string Path, string Written) : Destination
{
    public override string? Record => In;
}

/// <summary>Into a `notes` comment of a record, with its place.</summary>
public sealed record ToNote(string In) : Destination
{
    public override string? Record => In;
}

/// <summary>Words the form or the document prints itself: a label, a heading, a number before a goal, a placeholder prompt.</summary>
public sealed record ToPrinted(string What) : Destination;

/// <summary>Left out by a limit of what import reads (a table past its last row read), with a warning that says so.</summary>
public sealed record ToWarning(string Code) : Destination;

/// <summary>One piece of a place's text and where it went.</summary>
public sealed record LedgerEntry(string Place, string Text, Destination To);

/// <summary>
/// How much of the file's text went where, counted in characters that are not blanks: the file's accepted text is
/// <see cref="Read"/>, every destination <see cref="Accounted"/>; Lost is what was read and went nowhere, Twice
/// what went somewhere more often than it was read.
/// </summary>
public sealed record LedgerCounts(int Read, int Fields, int Notes, int Printed, int Warned, int Lost, int Twice)
{
    public int Accounted => Fields + Notes + Printed + Warned;
}

/// <summary>
/// The accounting of one import (DESIGN.md's conservation rule): each paragraph, cell, text box and nested table
/// read from the Word file is registered with its text, and each reader that takes text from it says where the
/// text went. A place's characters (blanks aside) must be accounted exactly once: the summary line is computed
/// from here, and the tests check the entries against the files written.
/// </summary>
public sealed class ImportLedger
{
    public const string Publication = "publication.yaml";
    public const string Overall = "overall-objective.md";
    public const string Objectives = "objectives.yaml";
    public const string Safeguards = "safeguards.md";
    public const string Department = "department";

    private readonly List<LedgerEntry> _read = [];
    private readonly List<LedgerEntry> _entries = [];
    private readonly Dictionary<string, Dictionary<char, int>> _readAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<char, int>> _accountedAt = new(StringComparer.Ordinal);

    public static string Project(int order) => $"project {order}";

    /// <summary>The pieces of text read from the file, each with its place.</summary>
    public IReadOnlyList<LedgerEntry> Pieces => _read;

    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>A piece of the file's text, as read (its place: paragraph 3, table 2, row 5, cell 1, …).</summary>
    public void Read(string place, string text)
    {
        if (Significant(text) == 0) return;
        _read.Add(new LedgerEntry(place, text, new ToPrinted("read")));
        Add(_readAt, place, text);
    }

    public void Account(string place, string text, Destination to)
    {
        if (Significant(text) == 0) return;
        _entries.Add(new LedgerEntry(place, text, to));
        Add(_accountedAt, place, text);
    }

    private static void Add(Dictionary<string, Dictionary<char, int>> at, string place, string text)
    {
        if (!at.TryGetValue(place, out var counts)) at[place] = counts = [];
        foreach (var c in text.Where(Counts)) counts[c] = counts.GetValueOrDefault(c) + 1;
    }

    public LedgerCounts Counts()
    {
        int lost = 0, twice = 0;
        foreach (var (place, read) in _readAt)
        {
            var went = _accountedAt.GetValueOrDefault(place) ?? [];
            foreach (var (c, n) in read) lost += Math.Max(0, n - went.GetValueOrDefault(c));
            foreach (var (c, n) in went) twice += Math.Max(0, n - read.GetValueOrDefault(c));
        }

        // Text accounted at a place that was never read came from nowhere: counted twice, never hidden.
        twice += _accountedAt.Where(a => !_readAt.ContainsKey(a.Key)).Sum(a => a.Value.Values.Sum());
        int Sum<T>() where T : Destination => _entries.Where(e => e.To is T).Sum(e => Significant(e.Text));
        return new LedgerCounts(_read.Sum(p => Significant(p.Text)), Sum<ToField>(), Sum<ToNote>(), Sum<ToPrinted>(), Sum<ToWarning>(), lost, twice);
    }

    /// <summary>Whether anything of the place has been accounted yet.</summary>
    public bool Touched(string place) => _accountedAt.ContainsKey(place);

    /// <summary>The characters that count: blanks and invisible formatting characters do not.</summary>
    public static int Significant(string text) => text.Count(Counts);

    public static bool Counts(char c) => !char.IsWhiteSpace(c) && !ImportText.Blanks.Contains(c) && !ImportText.IsInvisible(c);

}
