namespace PerfPublish.Write.Pdf;

public sealed class LibreOfficeException(string message) : Exception(message);
