using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.Review;

/// <summary>
/// Two versions of one paragraph merged into one with revisions. Each is cut into atoms: a character of
/// text with its run's properties, any other piece of a run (a tab, a field character, a field code), or
/// an element that is not a run (a hyperlink, a bookmark), whole. The atoms are compared as text diffs
/// are (a character alone between two changes joins them), and written back as runs: kept atoms from the
/// new version, deleted ones in w:del, inserted ones in w:ins. The paragraph's properties are the new ones.
/// </summary>
internal sealed class ParagraphMerge(RevisionMarks marks)
{
    private readonly RevisedContent _revised = new(marks);

    private sealed record Atom(string Key, RunProperties? Properties, OpenXmlElement Content, bool IsWhole);

    private sealed record Piece(Change Change, Atom Atom);

    public Paragraph Merge(Paragraph old, Paragraph @new)
    {
        var paragraph = new Paragraph(@new.Elements<ParagraphProperties>().Select(p => p.CloneNode(true)));
        var pieces = Pieces(Atoms(old), Atoms(@new));
        var at = 0;
        while (at < pieces.Count)
        {
            var change = pieces[at].Change;
            var group = pieces.Skip(at).TakeWhile(p => p.Change == change).ToList();
            paragraph.Append(Write(change, group));
            at += group.Count;
        }
        return paragraph;
    }

    private static List<Atom> Atoms(Paragraph paragraph)
    {
        var atoms = new List<Atom>();
        foreach (var child in paragraph.ChildElements.Where(e => e is not ParagraphProperties))
        {
            if (child is not Run run)
            {
                atoms.Add(new Atom("w" + BlockMerge.Key(child), null, child, true));
                continue;
            }
            var properties = run.RunProperties;
            var style = properties?.OuterXml ?? "";
            foreach (var part in run.ChildElements.Where(e => e is not RunProperties))
            {
                if (part is Text text)
                    atoms.AddRange(TextDiff.Tokens(text.Text).Select(t => new Atom($"t{t}\u001f{style}", properties, new Text(t), false)));
                else atoms.Add(new Atom($"r{part.OuterXml}\u001f{style}", properties, part, false));
            }
        }
        return atoms;
    }

    /// <summary>The atoms in merged order, each kept, deleted or inserted; deletions before insertions in a change.</summary>
    private static List<Piece> Pieces(List<Atom> old, List<Atom> @new)
    {
        var pieces = new List<Piece>();
        foreach (var hunk in Fold(SequenceDiff.Of([.. old.Select(a => a.Key)], [.. @new.Select(a => a.Key)])))
        {
            if (hunk.IsSame)
            {
                pieces.AddRange(@new.Skip(hunk.NewStart).Take(hunk.NewCount).Select(a => new Piece(Change.Same, a)));
                continue;
            }
            pieces.AddRange(old.Skip(hunk.OldStart).Take(hunk.OldCount).Select(a => new Piece(Change.Deleted, a)));
            pieces.AddRange(@new.Skip(hunk.NewStart).Take(hunk.NewCount).Select(a => new Piece(Change.Inserted, a)));
        }
        return pieces;
    }

    /// <summary>An equal stretch of one atom between two changes becomes part of one change, as in <see cref="TextDiff"/>.</summary>
    private static List<Hunk> Fold(IReadOnlyList<Hunk> hunks)
    {
        var folded = new List<Hunk>();
        for (var i = 0; i < hunks.Count; i++)
        {
            var hunk = hunks[i];
            if (hunk.IsSame && hunk.OldCount == 1 && folded.Count > 0 && !folded[^1].IsSame && i + 1 < hunks.Count)
            {
                var next = hunks[++i];
                var last = folded[^1];
                folded[^1] = last with { OldCount = last.OldCount + 1 + next.OldCount, NewCount = last.NewCount + 1 + next.NewCount };
            }
            else folded.Add(hunk);
        }
        return folded;
    }

    private IEnumerable<OpenXmlElement> Write(Change change, List<Piece> group)
    {
        var output = new List<OpenXmlElement>();
        var runs = new List<OpenXmlElement>();
        void Flush()
        {
            if (runs.Count == 0) return;
            if (change == Change.Same) output.AddRange(runs);
            else output.Add(change == Change.Deleted ? marks.Deletion(runs.Select(r => RevisedContent.AsDeleted((Run)r))) : marks.Insertion(runs));
            runs = [];
        }

        foreach (var atoms in Consecutive(group.Select(p => p.Atom)))
        {
            if (atoms[0].IsWhole)
            {
                Flush();
                output.AddRange(Whole(change, atoms[0].Content));
            }
            else runs.Add(Run(atoms));
        }
        Flush();
        return output;
    }

    /// <summary>Atoms cut into stretches that make one run each: same properties, not whole elements.</summary>
    private static IEnumerable<List<Atom>> Consecutive(IEnumerable<Atom> atoms)
    {
        var current = new List<Atom>();
        foreach (var atom in atoms)
        {
            if (current.Count > 0 && (atom.IsWhole || current[0].IsWhole || !SameProperties(atom, current[0])))
            {
                yield return current;
                current = [];
            }
            current.Add(atom);
        }
        if (current.Count > 0) yield return current;
    }

    private static bool SameProperties(Atom a, Atom b) => (a.Properties?.OuterXml ?? "") == (b.Properties?.OuterXml ?? "");

    /// <summary>One run of atoms: their properties, then their contents with neighbouring characters in one w:t.</summary>
    private static Run Run(List<Atom> atoms)
    {
        var run = new Run();
        if (atoms[0].Properties is { } properties) run.Append(properties.CloneNode(true));
        foreach (var atom in atoms)
        {
            if (atom.Content is Text text && run.LastChild is Text previous) previous.Text += text.Text;
            else run.Append(atom.Content.CloneNode(true));
        }
        foreach (var text in run.Elements<Text>()) text.Space = SpaceProcessingModeValues.Preserve;
        return run;
    }

    private IEnumerable<OpenXmlElement> Whole(Change change, OpenXmlElement element)
    {
        var copy = element.CloneNode(true);
        switch (change)
        {
            case Change.Same:
                return [copy];
            case Change.Inserted:
                _revised.Insert(copy);
                return [copy];
            default:
                // A deleted hyperlink leaves its runs, deleted; a deleted bookmark leaves nothing.
                var holder = new Paragraph(copy);
                _revised.Delete(holder);
                return [.. holder.ChildElements.Select(e => e.CloneNode(true))];
        }
    }
}
