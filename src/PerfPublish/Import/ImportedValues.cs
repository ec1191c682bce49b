using PerfPublish.Forms;

namespace PerfPublish.Import;

/// <summary>A text of the source that landed in no field, with where it was; kept as a comment in the file written.</summary>
public sealed partial record ImportNote(string Place, string Text)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Number();

    /// <summary>A place that sorts in the source's order ("row 5" before "row 10"): its numbers padded with zeros.</summary>
    public static string SortKey(string place) => Number().Replace(place, m => m.Value.PadLeft(6, '0'));
}

/// <summary>
/// Field values in the order the form definition lists them: a value is a string, a decimal, a list of
/// strings, a nested <see cref="ImportedValues"/> (a group, an indicator) or a list of them.
/// </summary>
public sealed class ImportedValues
{
    private readonly List<KeyValuePair<string, object>> _items = [];

    public IReadOnlyList<KeyValuePair<string, object>> Items => _items;

    public bool IsEmpty => _items.Count == 0;

    public ImportedValues Set(string key, object value)
    {
        var at = _items.FindIndex(item => item.Key == key);
        if (at >= 0) _items[at] = new(key, value);
        else _items.Add(new(key, value));
        return this;
    }

    public object? this[string key] => _items.FirstOrDefault(item => item.Key == key).Value;

    /// <summary>The values ordered as <paramref name="fields"/> lists them (groups recursively); values of no field keep their place at the end.</summary>
    public ImportedValues OrderedBy(IReadOnlyList<FieldDefinition> fields)
    {
        var ordered = new ImportedValues();
        foreach (var field in fields)
            if (this[field.Key] is { } value)
                ordered.Set(field.Key, value is ImportedValues group && field.Fields.Length > 0 ? group.OrderedBy(field.Fields) : value);
        foreach (var item in _items.Where(item => ordered[item.Key] is null)) ordered.Set(item.Key, item.Value);
        return ordered;
    }
}
