using System.Buffers.Binary;

namespace PerfPublish.Write;

/// <summary>
/// Makes a zip package (DOCX) reproducible: System.IO.Packaging stamps every entry it writes with the
/// current time, so the same content would otherwise never build byte-identical. The time and date
/// fields of every local and central-directory header are set to 1980-01-01 00:00 in place; the
/// compressed data is left as it is (decompressing and compressing it again cost as much as writing it).
/// </summary>
public static class DeterministicZip
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint EndOfCentralDirectory = 0x06054b50;

    // MS-DOS time 00:00:00 and date 1980-01-01 ((1980 - 1980) << 9 | 1 << 5 | 1).
    private const ushort FixedTime = 0;
    private const ushort FixedDate = 0x0021;

    public static byte[] Normalize(byte[] zip)
    {
        var bytes = zip.AsSpan();
        var end = FindEndOfCentralDirectory(bytes);
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(end + 10)..]);
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[(end + 16)..]);
        for (var i = 0; i < entries; i++)
        {
            Expect(bytes, offset, CentralHeader);
            Stamp(bytes, offset + 12);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[(offset + 42)..]);
            Expect(bytes, local, LocalHeader);
            Stamp(bytes, local + 10);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(offset + 28)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(offset + 30)..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(offset + 32)..]);
            offset += 46 + nameLength + extraLength + commentLength;
        }

        return zip;
    }

    private static void Stamp(Span<byte> bytes, int at)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(bytes[at..], FixedTime);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes[(at + 2)..], FixedDate);
    }

    /// <summary>The end record is the last thing in the file, followed only by a comment of at most 64 KiB.</summary>
    private static int FindEndOfCentralDirectory(ReadOnlySpan<byte> bytes)
    {
        for (var at = bytes.Length - 22; at >= Math.Max(0, bytes.Length - 22 - ushort.MaxValue); at--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]) == EndOfCentralDirectory) return at;
        throw new InvalidDataException("not a zip file: no end of central directory record");
    }

    private static void Expect(ReadOnlySpan<byte> bytes, int at, uint signature)
    {
        if (at < 0 || at + 4 > bytes.Length || BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]) != signature)
            throw new InvalidDataException("the zip file's directory does not match its entries");
    }
}
