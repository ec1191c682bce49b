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

/// <summary>The preview could not take its port (in use, not allowed, out of range): nothing was built.</summary>
public sealed class ServePortException(string message, Exception inner) : IOException(message, inner);
