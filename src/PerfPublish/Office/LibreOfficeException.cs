namespace PerfPublish.Office;

public sealed class LibreOfficeException(string message) : Exception(message);
