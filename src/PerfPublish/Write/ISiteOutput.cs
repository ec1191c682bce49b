namespace PerfPublish.Write;

/// <summary>
/// Where the site's shared files go, and where the publications' own files, already there, are read
/// back from (the site-wide CSVs stack them): the staging folder in a build, memory for serve.
/// Large files go through streams, so the whole site is never held in memory.
/// </summary>
public interface ISiteOutput
{
    void Write(string relative, byte[] bytes);

    /// <summary>A new file at <paramref name="relative"/>, complete once the stream is disposed.</summary>
    Stream Create(string relative);

    /// <summary>A file written to this output before.</summary>
    Stream Open(string relative);
}

/// <summary>A site held in memory by relative path (serve, and the stage benchmarks).</summary>
public sealed class MemorySiteOutput(IDictionary<string, byte[]> files) : ISiteOutput
{
    public void Write(string relative, byte[] bytes) => files[relative] = bytes;

    public Stream Create(string relative) => new FileStream(bytes => files[relative] = bytes);

    public Stream Open(string relative) => new MemoryStream(files[relative], writable: false);

    /// <summary>Stores its bytes when disposed.</summary>
    private sealed class FileStream(Action<byte[]> store) : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing) store(ToArray());
            base.Dispose(disposing);
        }
    }
}
