using System.Collections.Concurrent;

namespace PerfPublish.Office;

/// <summary>
/// One LibreOffice per worker: each has its own user profile, which one soffice process at a time
/// may use, so parallel publications never wait for or disturb each other's conversions.
/// </summary>
public sealed class LibreOfficePool(LibreOffice? first) : IDisposable
{
    private readonly ConcurrentBag<LibreOffice> _idle = first is null ? [] : [first];
    private readonly ConcurrentBag<LibreOffice> _all = first is null ? [] : [first];

    public bool Available => first is not null;

    /// <summary>Runs <paramref name="work"/> with a LibreOffice no other thread uses meanwhile (null where there is none).</summary>
    public T With<T>(Func<LibreOffice?, T> work)
    {
        if (first is null) return work(null);
        if (!_idle.TryTake(out var libreOffice))
        {
            libreOffice = first.WithOwnProfile();
            _all.Add(libreOffice);
        }

        try
        {
            return work(libreOffice);
        }
        finally
        {
            _idle.Add(libreOffice);
        }
    }

    public void Dispose()
    {
        foreach (var libreOffice in _all) libreOffice.Dispose();
    }
}
