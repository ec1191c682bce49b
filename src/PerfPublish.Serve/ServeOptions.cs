using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PerfPublish.Publishing;

namespace PerfPublish.Serve;

/// <summary>Where the preview reads from and listens: always the loopback address, so it is never reachable from another machine.</summary>
public sealed record ServeOptions(BuildOptions Build, int Port);
