using System.Collections.Immutable;
using PerfPublish.Forms;

namespace PerfPublish.Model;

/// <summary>
/// One record of a form: a project file or department.yaml, its fields read by the profile. Unread names
/// the paths whose values could not be read (each reported); rules needing them pass over the record.
/// </summary>
public sealed record FormRecord(FormProfile Profile, GroupValue Root, ImmutableHashSet<string> Unread)
{
    public Origin Origin => Root.Origin;

    public bool Read(string path) => !Unread.Any(u => path == u || path.StartsWith(u + ".", StringComparison.Ordinal));

    /// <summary>The value at a dotted path through groups ("funds.total"), null when absent.</summary>
    public FieldValue? Find(string path)
    {
        FieldValue? current = Root;
        foreach (var key in path.Split('.'))
            current = current is GroupValue group ? group[key] : null;
        return current;
    }

    public string Text(string path) => FieldValue.Print(Find(path));

    public decimal? Number(string path) => (Find(path) as NumberValue)?.Number;

    /// <summary>The record with the value at <paramref name="value"/>'s path replaced by it (for edits made in code, as tests make).</summary>
    public FormRecord With(FieldValue value) => this with { Root = Replace(Root, value.Field.Path.Split('.'), value) };

    private static GroupValue Replace(GroupValue group, ReadOnlySpan<string> keys, FieldValue value)
    {
        var key = keys[0];
        var rest = keys[1..].ToArray();
        return group with
        {
            Values = [.. group.Values.Select(v => v.Field.Key != key ? v : rest.Length == 0 ? value : Replace((GroupValue)v, rest, value))],
        };
    }

    /// <summary>Every value at any depth of groups, in the definition's order.</summary>
    public IEnumerable<FieldValue> All => Flatten(Root.Values);

    public IEnumerable<IndicatorTree> Trees => All.OfType<IndicatorTree>();

    private static IEnumerable<FieldValue> Flatten(IEnumerable<FieldValue> values) =>
        values.SelectMany(v => v is GroupValue group ? [v, .. Flatten(group.Values)] : new[] { v });
}
