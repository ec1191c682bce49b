namespace PerfPublish.Serve;

/// <summary>The preview could not take its port (in use, not allowed, out of range): nothing was built.</summary>
public sealed class ServePortException(string message, Exception inner) : IOException(message, inner);
