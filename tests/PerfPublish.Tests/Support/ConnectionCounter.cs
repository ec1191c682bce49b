using System.Net;
using System.Net.Sockets;

namespace PerfPublish.Tests.Support;

/// <summary>
/// A listener on 127.0.0.1 that counts the connections made to it and closes each at once: the address a
/// hostile document links to, to see whether anything tried to fetch it. Loopback only; it accepts for
/// at most five minutes, and stops when disposed.
/// </summary>
public sealed class ConnectionCounter : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(5));
    private readonly Task _accepting;
    private int _connections;

    public ConnectionCounter()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAll();
    }

    public int Port { get; }

    /// <summary>
    /// The connections made so far. One the system has taken but this listener not yet accepted is
    /// waited for (a short while), so that a request made just before the count is never missed.
    /// </summary>
    public int Connections
    {
        get
        {
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(5);
            while (_listener.Pending() && DateTime.UtcNow < until) Thread.Sleep(20);
            Thread.Sleep(100);
            return Volatile.Read(ref _connections);
        }
    }

    /// <summary>http://127.0.0.1:port/<paramref name="path"/>.</summary>
    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}";

    private async Task AcceptAll()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped: disposed, or its time is up.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _accepting.Wait(TimeSpan.FromSeconds(10));
        _stop.Dispose();
    }
}
