namespace PerfPublish.Import;

/// <summary>
/// How much of an untrusted Word file is read at most. A 40-project publication is well under 2 MB
/// unpacked, a few hundred zip entries; these limits are two orders of magnitude above that, and a
/// zip bomb (a few kilobytes that unpack to gigabytes) meets them long before memory runs out.
/// </summary>
public sealed record ImportLimits(long MaxFileBytes, int MaxEntries, long MaxPartBytes, long MaxTotalBytes, int MaxRatio)
{
    public static ImportLimits Default { get; } = new(
        MaxFileBytes: 100L * 1024 * 1024,
        MaxEntries: 2000,
        MaxPartBytes: 64L * 1024 * 1024,
        MaxTotalBytes: 256L * 1024 * 1024,
        // Word's XML compresses about 10:1; 200:1 only happens when the content is one repeated byte.
        MaxRatio: 200);

    /// <summary>A part this small cannot hurt whatever its ratio (an empty relationship file compresses 50:1).</summary>
    public const long RatioFloorBytes = 1024 * 1024;
}
