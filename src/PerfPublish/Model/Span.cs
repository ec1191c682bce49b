using System.Collections.Immutable;

namespace PerfPublish.Model;

/// <summary>Inline formatting around other inlines; Href is set for links only.</summary>
public sealed record Span(SpanKind Kind, ImmutableArray<Inline> Content, string? Href = null) : Inline;
