using PerfPublish.Diagnostics;

namespace PerfPublish.Validate;

/// <summary>One text an editor wrote in YAML: its key (dotted for nested ones), the text, and where it was written.</summary>
public sealed record ContentText(string Key, string Text, SourceLocation At);
