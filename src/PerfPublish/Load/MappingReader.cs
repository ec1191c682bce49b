using System.Collections.Immutable;
using System.Globalization;
using PerfPublish.Diagnostics;
using PerfPublish.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PerfPublish.Load;

/// <summary>
/// Typed, position-keeping reads from one YAML mapping. Every failed read becomes a diagnostic
/// and a null result, so a loader can go on and report all problems of a file in one run.
/// </summary>
public sealed class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyDictionary<string, string>? _labels;

    private MappingReader(YamlMappingNode node, string file, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string>? labels = null)
    {
        _node = node;
        _file = file;
        _diagnostics = diagnostics;
        _labels = labels;
    }

    /// <summary>
    /// The same mapping, naming its keys in diagnostics by <paramref name="labels"/> (a form profile's
    /// Chinese labels) instead of the built-in ones.
    /// </summary>
    public MappingReader WithLabels(IReadOnlyDictionary<string, string> labels) => new(_node, _file, _diagnostics, labels);

    public string? Label(string key) => _labels is null ? FieldNames.Label(key) : _labels.GetValueOrDefault(key);

    public string Describe(string key) =>
        _labels is null ? FieldNames.Describe(key)
        : _labels.TryGetValue(key, out var label) ? Messages.Format("Field", key, label) : Messages.Format("Field_Unlabelled", key);

    public SourceLocation At => LocationOf(_node);

    public Origin Origin => new(At, _node.Children.ToImmutableDictionary(
        pair => ((YamlScalarNode)pair.Key).Value ?? "",
        pair => LocationOf(pair.Value)));

    public static MappingReader? From(YamlNode node, string file, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlMappingNode mapping && mapping.Children.Keys.All(k => k is YamlScalarNode))
            return new MappingReader(mapping, file, diagnostics);
        diagnostics.Error(LocationOf(node, file), Codes.WrongType, Messages.Format("PP0102_Mapping", what));
        return null;
    }

    /// <summary>Reports keys the file kind does not have, suggesting the nearest known key for a typo.</summary>
    public void RejectUnknownKeys(params string[] knownKeys) => RejectUnknownKeys(knownKeys, _ => null);

    /// <summary>
    /// As <see cref="RejectUnknownKeys(string[])"/>; <paramref name="elsewhere"/> may say where else an unknown
    /// key belongs (another form profile's field), which the message then names instead of listing the keys.
    /// </summary>
    public void RejectUnknownKeys(IReadOnlyList<string> knownKeys, Func<string, string?> elsewhere)
    {
        foreach (var key in _node.Children.Keys.Cast<YamlScalarNode>())
        {
            if (knownKeys.Contains(key.Value)) continue;
            // An editor may write the form's Chinese name (预算数) for the key (total): suggest the key then.
            var suggestion = knownKeys.FirstOrDefault(k => Label(k) == key.Value?.Trim())
                ?? Suggestions.Nearest(key.Value ?? "", knownKeys);
            var other = elsewhere(key.Value ?? "");
            var hint = suggestion is not null ? Messages.Format("PP0103_Suggest", Describe(suggestion))
                : other is not null ? other
                : Messages.Format("PP0103_Keys", string.Join(", ", knownKeys));
            if (suggestion is not null && other is not null) hint = other + Messages.Format("PP0103_Then") + hint;
            _diagnostics.ErrorOf(LocationOf(key), Codes.UnknownKey, key.Value, hint);
        }
    }

    /// <summary>The mapping's entries in the order written, each key with its location.</summary>
    public IEnumerable<(string Key, YamlNode Value, SourceLocation KeyAt)> Entries =>
        _node.Children.Select(pair => (((YamlScalarNode)pair.Key).Value ?? "", pair.Value, LocationOf(pair.Key)));

    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>Whether the key's value is a scalar (an option written as one word rather than a mapping).</summary>
    public bool IsScalar(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode;

    /// <summary>
    /// Whether the key holds a value: it is written, and not null, blank, "" or []. An optional field left
    /// blank is simply not filled in (the form prints an empty cell), not a missing value.
    /// </summary>
    public bool HasValue(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var node) && node switch
        {
            YamlScalarNode scalar => !IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value),
            YamlSequenceNode sequence => sequence.Children.Count > 0,
            _ => true,
        };

    /// <summary>A key that may be left out: null when it is absent, otherwise read like <see cref="String"/>.</summary>
    public string? OptionalString(string key) =>
        _node.Children.ContainsKey(new YamlScalarNode(key)) ? String(key) : null;

    public string? String(string key)
    {
        var node = Required(key);
        if (node is null) return null;
        if (node is not YamlScalarNode scalar)
        {
            WrongType(node, key, Messages.Format("Expect_Text"));
            return null;
        }
        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Missing(key);
            return null;
        }
        return scalar.Value.Trim();
    }

    /// <summary>No amount or percentage comes near this; the bound keeps sums and unit conversions from overflowing.</summary>
    public const decimal MaxNumber = 1_000_000_000_000m;

    /// <summary>true or false; <paramref name="absent"/> when the key is left out.</summary>
    public bool? Boolean(string key, bool absent)
    {
        if (!Has(key)) return absent;
        var scalar = Scalar(key, Messages.Format("Expect_Boolean"));
        if (scalar is { Style: ScalarStyle.Plain, Value: "true" or "false" }) return scalar.Value == "true";
        if (scalar is not null) WrongType(scalar, key, Messages.Format("Expect_Boolean"));
        return null;
    }

    /// <summary>A sequence of non-empty strings (e.g. field paths), null after reporting what is wrong.</summary>
    public ImmutableArray<string>? Strings(string key) =>
        List(key, node => node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : Reported(node, key));

    private string? Reported(YamlNode node, string key)
    {
        WrongType(node, key, Messages.Format("Expect_Text"));
        return null;
    }

    public decimal? Decimal(string key)
    {
        var scalar = Scalar(key, Messages.Format("Expect_Number"));
        if (scalar is null) return null;
        if (scalar.Style == ScalarStyle.Plain &&
            decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
        {
            if (Math.Abs(value) < MaxNumber) return value;
            WrongType(scalar, key, Messages.Format("Expect_NumberBelow", MaxNumber.ToString("#,0", CultureInfo.InvariantCulture)));
            return null;
        }
        WrongType(scalar, key, Messages.Format("Expect_Number"));
        return null;
    }

    /// <summary>
    /// An amount as offices type it (<see cref="TypedAmount"/>: 250万, 1,250.00, full-width digits, quoted or not),
    /// with the text as written; null after reporting an unreadable one.
    /// </summary>
    public (TypedAmount Amount, string Typed)? Amount(string key)
    {
        var scalar = Scalar(key, Messages.Format("Expect_Amount"));
        if (scalar is null) return null;
        var typed = scalar.Value?.Trim() ?? "";
        if (TypedAmount.Read(typed) is not { } amount)
        {
            WrongType(scalar, key, Messages.Format("Expect_Amount"));
            return null;
        }
        if (Math.Abs(amount.Number) < MaxNumber) return (amount, typed);
        WrongType(scalar, key, Messages.Format("Expect_NumberBelow", MaxNumber.ToString("#,0", CultureInfo.InvariantCulture)));
        return null;
    }

    public int? Integer(string key)
    {
        var scalar = Scalar(key, Messages.Format("Expect_WholeNumber"));
        if (scalar is null) return null;
        if (scalar.Style == ScalarStyle.Plain &&
            int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return value;
        WrongType(scalar, key, Messages.Format("Expect_WholeNumber"));
        return null;
    }

    public MappingReader? Mapping(string key)
    {
        var node = Required(key);
        return node is null ? null : From(node, _file, Describe(key), _diagnostics);
    }

    /// <summary>
    /// The items of a required list, each read by <paramref name="readItem"/>. An empty list is an error
    /// unless <paramref name="allowEmpty"/>: then a content rule decides whether it deserves a warning.
    /// </summary>
    public ImmutableArray<T>? List<T>(string key, Func<YamlNode, T?> readItem, bool allowEmpty = false) where T : class
    {
        var (items, complete) = Items(key, readItem, allowEmpty);
        return complete ? items : null;
    }

    /// <summary>
    /// Like <see cref="List{T}"/>, but keeps the items that could be read when others could not, so that
    /// the rules still check them; Complete says whether that was all of them (each failure is reported).
    /// </summary>
    public (ImmutableArray<T> Items, bool Complete) Items<T>(string key, Func<YamlNode, T?> readItem, bool allowEmpty = false) where T : class
    {
        var node = Required(key);
        if (node is null) return ([], false);
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(node, key, Messages.Format("Expect_List"));
            return ([], false);
        }

        if (sequence.Children.Count == 0 && !allowEmpty)
        {
            _diagnostics.ErrorOf(LocationOf(sequence), Codes.EmptyList, Describe(key));
            return ([], false);
        }

        var items = sequence.Children.Select(readItem).ToList();
        return ([.. items.OfType<T>()], items.All(i => i is not null));
    }

    public SourceLocation LocationOf(YamlNode node) => LocationOf(node, _file);

    public SourceLocation LocationOfKey(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key) is { } written ? LocationOf(written) : At;

    /// <summary>Reports the value of <paramref name="key"/> as not what was <paramref name="expected"/>.</summary>
    public void ReportWrongType(string key, string expected) =>
        WrongType(_node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : _node, key, expected);

    public SourceLocation LocationOfValue(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? LocationOf(value) : At;

    private static SourceLocation LocationOf(YamlNode node, string file) => SourceLocation.At(file, node.Start);

    private YamlNode? Required(string key)
    {
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node)) return node;
        Missing(key);
        return null;
    }

    /// <summary>An empty value is reported at its key; a missing key at the start of its mapping.</summary>
    private void Missing(string key)
    {
        var written = _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key);
        if (written is null)
            _diagnostics.ErrorOf(At, Codes.RequiredField, Describe(key));
        else
            _diagnostics.Error(LocationOf(written), Codes.RequiredField, Messages.Format("PP0101_Empty", Describe(key)));
    }

    private YamlScalarNode? Scalar(string key, string expected)
    {
        var node = Required(key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar;
        WrongType(node, key, expected);
        return null;
    }

    private void WrongType(YamlNode node, string key, string expected) =>
        _diagnostics.ErrorOf(LocationOf(node), Codes.WrongType, Describe(key), expected);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } scalar &&
        (string.IsNullOrWhiteSpace(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");
}
