using System.Text;
using System.Text.RegularExpressions;

namespace PerfPublish.Tests.Fuzz;

/// <summary>
/// Breaks a copy of valid content at random, the way hands, editors and tools break files: lines lost,
/// doubled or re-indented, stray characters, numbers out of range, keys misspelt, values of the wrong
/// shape, files emptied, truncated, re-encoded, deleted or added. Each mutation says what it did, so a
/// failing case can be reproduced from its description as well as from its seed.
/// </summary>
public sealed partial class ContentMutator(Random random)
{
    private static readonly string[] Strays =
        [":", ": ", "- ", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\t", "\n", "\r\n", "≥", "≤", "　", "\0",
         "\uFEFF", "【待填写】", "<script>", "9", ".", ",", "。", "---\n", "? ", "<<: ", "\\", "\u202E", "𠀀", "&#106;", "](javascript:x)"];

    private static readonly string[] Values =
        ["", "~", "null", "[]", "{}", "- x", "|", ">", "\"\"", "≥", "≥90", "100", "-1", "1e400", "99999999999999999999999999999999", "true",
         "0.001", "6.00", "\"6.00\"", "控制在预算额度内", "[1, 2", "{a: 1}", "*alias", "&anchor x", "!!binary AAAA", "2021-01-01", "'", "≥120%"];

    private static readonly string[] MarkdownBits =
        ["# 标题\n", "> 引用\n", "```\ncode\n```\n", "<div onclick=x>", "[链接](javascript:alert(1))", "    缩进代码\n", "| a | b |\n|---|---|\n",
         "![图](x.png)", "***", "- 列表\n  - 子列表\n", "1. 一\n2. 二\n", "\\", "<!-- c -->", "&nbsp;", "[^1]"];

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(\s*-?\s*)([A-Za-z_0-9]+):", RegexOptions.Multiline)]
    private static partial Regex Key();

    /// <summary>Applies one to three mutations to files under <paramref name="publication"/>; returns what was done.</summary>
    public string Mutate(string publication)
    {
        var done = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++) done.Add(MutateOnce(publication));
        return string.Join("; ", done);
    }

    private string MutateOnce(string publication)
    {
        var files = Directory.GetFiles(publication, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) return "no file left";
        var file = files[random.Next(files.Length)];
        var name = Path.GetRelativePath(publication, file).Replace('\\', '/');
        var roll = random.Next(100);
        if (roll < 8) return FileLevel(publication, file, name);
        var text = File.ReadAllText(file);
        var (mutated, what) = file.EndsWith(".md", StringComparison.Ordinal) && roll < 30 ? Markdown(text) : Text(text, roll);
        File.WriteAllText(file, mutated);
        return $"{name}: {what}";
    }

    private string FileLevel(string publication, string file, string name)
    {
        switch (random.Next(8))
        {
            case 0:
                File.Delete(file);
                return $"{name}: deleted";
            case 1:
                File.WriteAllText(file, "");
                return $"{name}: emptied";
            case 2:
                var bytes = new byte[random.Next(1, 64)];
                random.NextBytes(bytes);
                File.WriteAllBytes(file, bytes);
                return $"{name}: random bytes";
            case 3:
                File.WriteAllText(file, File.ReadAllText(file), Encoding.Unicode);
                return $"{name}: saved as UTF-16";
            case 4:
                File.WriteAllText(file, File.ReadAllText(file), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                return $"{name}: saved with a BOM";
            case 5:
                var latin = File.ReadAllBytes(file).Select(b => b >= 0x80 ? (byte)(b ^ 0x40) : b).ToArray();
                File.WriteAllBytes(file, latin);
                return $"{name}: invalid UTF-8 bytes";
            case 6:
                var copies = new[] { "04-copy.yaml", "01-copy.yaml", "copy.yaml", "05-copy.yml", "06-副本.yaml" };
                var copy = copies[random.Next(copies.Length)];
                var projects = Path.Combine(publication, "projects");
                Directory.CreateDirectory(projects);
                var target = Path.Combine(projects, copy);
                if (Path.GetFullPath(target) == Path.GetFullPath(file)) return $"{name}: already the copy";
                File.Copy(file, target, overwrite: true);
                return $"{name}: copied to projects/{copy}";
            default:
                File.WriteAllText(file, string.Concat(Enumerable.Repeat(File.ReadAllText(file), random.Next(2, 50))));
                return $"{name}: repeated";
        }
    }

    private (string Text, string What) Text(string text, int roll)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (roll % 11)
        {
            case 0:
                lines.RemoveAt(line);
                return (string.Join('\n', lines), $"line {line + 1} deleted");
            case 1:
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"line {line + 1} doubled");
            case 2 when line + 1 < lines.Count:
                (lines[line], lines[line + 1]) = (lines[line + 1], lines[line]);
                return (string.Join('\n', lines), $"lines {line + 1} and {line + 2} swapped");
            case 3:
                var shift = random.Next(-4, 5);
                var leading = lines[line].Length - lines[line].TrimStart(' ').Length;
                lines[line] = shift >= 0 ? new string(' ', shift) + lines[line] : lines[line][Math.Min(-shift, leading)..];
                return (string.Join('\n', lines), $"line {line + 1} indented by {shift}");
            case 4:
                var at = random.Next(text.Length + 1);
                var stray = Strays[random.Next(Strays.Length)];
                return (text.Insert(at, stray), $"'{Escape(stray)}' inserted at {at}");
            case 5:
                var start = random.Next(text.Length + 1);
                var length = random.Next(0, Math.Min(40, text.Length - start) + 1);
                return (text.Remove(start, length), $"{length} characters removed at {start}");
            case 6:
                return ReplaceNumber(text);
            case 7:
                return ReplaceValue(lines);
            case 8:
                var cut = random.Next(text.Length + 1);
                return (text[..cut], $"truncated at {cut}");
            case 9:
                return MisspellKey(text);
            default:
                var depth = random.Next(10, 5000);
                var nest = random.Next(2) == 0 ? new string('[', depth) : string.Concat(Enumerable.Repeat("- ", depth));
                var where = random.Next(text.Length + 1);
                return (text.Insert(where, nest), $"{depth}-deep nesting inserted at {where}");
        }
    }

    private (string, string) ReplaceNumber(string text)
    {
        var numbers = Number().Matches(text);
        if (numbers.Count == 0) return (text, "no number to replace");
        var target = numbers[random.Next(numbers.Count)];
        var replacements = new[] { "-5", "0", "100.5", "101", "6.005", "1000000000000000", "7", "0.00", "1e5", "２０", "5.", ".5" };
        var replacement = replacements[random.Next(replacements.Length)];
        return (text.Remove(target.Index, target.Length).Insert(target.Index, replacement), $"number '{target.Value}' at {target.Index} → '{replacement}'");
    }

    private (string, string) ReplaceValue(List<string> lines)
    {
        var candidates = lines.Select((l, i) => (l, i)).Where(x => x.l.Contains(": ", StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0) return (string.Join('\n', lines), "no value to replace");
        var (text, index) = candidates[random.Next(candidates.Count)];
        var value = Values[random.Next(Values.Length)];
        lines[index] = text[..(text.IndexOf(": ", StringComparison.Ordinal) + 2)] + value;
        return (string.Join('\n', lines), $"value on line {index + 1} → '{Escape(value)}'");
    }

    private (string, string) MisspellKey(string text)
    {
        var keys = Key().Matches(text);
        if (keys.Count == 0) return (text, "no key to misspell");
        var key = keys[random.Next(keys.Count)].Groups[2];
        var chars = key.Value.ToCharArray();
        chars[random.Next(chars.Length)] = (char)('a' + random.Next(26));
        return (text.Remove(key.Index, key.Length).Insert(key.Index, new string(chars)), $"key '{key.Value}' → '{new string(chars)}'");
    }

    private (string, string) Markdown(string text)
    {
        var at = random.Next(text.Length + 1);
        var bit = random.Next(4) == 0
            ? new string(random.Next(2) == 0 ? '>' : '*', random.Next(100, 20000)) + " x"
            : MarkdownBits[random.Next(MarkdownBits.Length)];
        return (text.Insert(at, bit), $"Markdown '{Escape(bit[..Math.Min(20, bit.Length)])}' inserted at {at}");
    }

    private static string Escape(string text) => text.Replace("\n", "\\n").Replace("\t", "\\t").Replace("\0", "\\0").Replace("\r", "\\r");
}
