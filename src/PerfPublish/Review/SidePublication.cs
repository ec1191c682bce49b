using PerfPublish.Model;

namespace PerfPublish.Review;

/// <summary>A publication as one side built it: its model, its Word file, and its PDF where one was laid out.</summary>
public sealed record SidePublication(Publication Publication, byte[] Docx, byte[]? Pdf);
