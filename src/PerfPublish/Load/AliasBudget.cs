using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PerfPublish.Load;

/// <summary>
/// Bounds what YAML aliases (*name, repeating the node anchored &amp;name) expand to. The tree loader shares
/// an aliased node rather than copying it, but everything after it (the loader's records, the rules, the
/// writers) visits each use: a list of aliases to a list of aliases multiplies, so a 2 KB file became a
/// million indicator rows (26 s, 300 MB), and a "billion laughs" file a billion. Fed the parser's events in
/// order, it counts the file's size as expanded (one per node, plus each text's length) and the alias
/// uses, and stops at the first alias that goes past either bound.
/// </summary>
public sealed class AliasBudget
{
    /// <summary>Content files repeat a text or a row now and then; hundreds of aliases are a mistake or an attack.</summary>
    public const int MaxAliases = 1000;

    /// <summary>Expanded, a file may be as large as the largest file read at all, and no larger.</summary>
    public const long MaxExpandedSize = SourceFile.MaxBytes;

    /// <summary>A use past a bound: where, and the message's key and values.</summary>
    public sealed record Overrun(Mark At, string MessageKey, object[] Values);

    private readonly Dictionary<string, long> _anchored = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long SizeBefore)> _open = new();
    private long _size;
    private int _aliases;

    /// <summary>Counts one event; the overrun when it is an alias past a bound, else null.</summary>
    public Overrun? Add(ParsingEvent parsed)
    {
        switch (parsed)
        {
            case Scalar scalar:
                _size += 1 + scalar.Value.Length;
                if (!scalar.Anchor.IsEmpty) _anchored[scalar.Anchor.Value] = 1 + scalar.Value.Length;
                break;
            case SequenceStart or MappingStart:
                var anchor = ((NodeEvent)parsed).Anchor;
                _open.Push((anchor.IsEmpty ? null : anchor.Value, _size));
                _size += 1;
                break;
            case SequenceEnd or MappingEnd:
                var (name, before) = _open.Pop();
                if (name is not null) _anchored[name] = _size - before;
                break;
            case AnchorAlias alias:
                return Use(alias);
        }
        return null;
    }

    private Overrun? Use(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (++_aliases > MaxAliases) return new Overrun(alias.Start, "PP0008_Count", [MaxAliases, name]);
        // An alias inside the node it names would repeat without end; the tree loader would make a cycle of it.
        if (_open.Any(node => node.Anchor == name)) return new Overrun(alias.Start, "PP0008_Recursive", [name]);
        // An unknown name is the tree loader's to report (it names it); it adds nothing here.
        _size += _anchored.GetValueOrDefault(name);
        return _size > MaxExpandedSize ? new Overrun(alias.Start, "PP0008_Size", [name, MaxExpandedSize / 1024]) : null;
    }
}
