namespace PerfPublish.Model;

/// <summary>
/// Where a link in a publication may point: the web (http, https) and e-mail (mailto) only. Every other scheme
/// (javascript:, data:, file:, vbscript:) could run or read something in a reader's browser, so Markdown and the
/// document markup both keep to this one list; the markup also allows a '#' link within the document (its TOC).
/// </summary>
public static class LinkTarget
{
    private static readonly string[] SafeSchemes = ["http://", "https://", "mailto:"];

    public static bool IsSafe(string? href) =>
        href is not null && SafeSchemes.Any(scheme => href.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));

    public static bool IsWithinDocument(string? href) => href is not null && href.StartsWith('#');
}
