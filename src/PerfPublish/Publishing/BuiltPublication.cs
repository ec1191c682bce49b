using PerfPublish.Diagnostics;
using PerfPublish.Write;

namespace PerfPublish.Publishing;

/// <summary>
/// One publication in the site: its summary (what the index, the site's open data and the unit's other
/// years show), its files, the key of its content and the key of its page (its content and its unit's
/// other years: ContentKey.OfPage), the warnings its build gave (repeated when the cache reuses it), and
/// whether every step of its build succeeded: one that lacks its PDF because LibreOffice failed is built
/// again next time rather than reused.
/// </summary>
public sealed record BuiltPublication(PublicationSummary Summary, IReadOnlyList<BuiltFile> Files, string ContentKey, string Key,
    IReadOnlyList<Diagnostic> Warnings, bool Complete);
