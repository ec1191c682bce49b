namespace PerfPublish.Load;

/// <summary>A file's text in the encoding it was saved in, when that is not UTF-8, and the encoding's name.</summary>
public sealed record DetectedText(string Encoding, string Text);
