using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PerfPublish.Diagnostics;

namespace PerfPublish.Publishing;

/// <summary>
/// One share of the publications, "i/n" on the command line (1 ≤ i ≤ n). A publication belongs to
/// the shard its slug's hash picks, so it stays on the same shard as others are added or removed
/// (a CI matrix job keeps its cache) and every machine agrees without talking to the others.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public bool Contains(string slug)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(slug));
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) % (uint)Count) == Index - 1;
    }

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>"2/4" → shard 2 of 4; null (with the reason) when the text is not of that form.</summary>
    public static Shard? Parse(string text, out string? problem)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count) && count >= 1 && index >= 1 && index <= count)
        {
            problem = null;
            return new Shard(index, count);
        }

        problem = Messages.Format("Err_Shard", text);
        return null;
    }
}
