namespace PerfPublish.Write;

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
