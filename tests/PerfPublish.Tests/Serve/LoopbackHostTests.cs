using Microsoft.AspNetCore.Http;
using PerfPublish.Serve;

namespace PerfPublish.Tests.Serve;

/// <summary>Which Host headers the preview answers: a loopback name with the port the request came in on.</summary>
public class LoopbackHostTests
{
    [Theory]
    [InlineData("localhost:5080", 5080, true)]
    [InlineData("127.0.0.1:5080", 5080, true)]
    [InlineData("[::1]:5080", 5080, true)]
    [InlineData("localhost", 80, true)]
    [InlineData("localhost", 5080, false)]
    [InlineData("localhost:5081", 5080, false)]
    [InlineData("localhost.:5080", 5080, false)]
    [InlineData("127.0.0.2:5080", 5080, false)]
    [InlineData("rebinding.example:5080", 5080, false)]
    [InlineData("", 5080, false)]
    public void Only_a_loopback_name_at_the_connections_port_is_allowed(string host, int port, bool allowed)
    {
        Assert.Equal(allowed, LoopbackHost.Allows(new HostString(host), port));
    }
}
