using System.Runtime.Versioning;
using System.Text;
using PerfPublish.Fix;
using PerfPublish.Tests.Support;

namespace PerfPublish.Tests.Fix;

/// <summary>
/// fix-encoding rewrites a file, never what stands around it: a link stays a link (and what it points to
/// is not written through it), and a converted file keeps its permissions.
/// </summary>
public sealed class EncodingFixTests : IDisposable
{
    private readonly TempContent _content = TempContent.CopyOf(Repo.SeedPublication);

    public EncodingFixTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _content.Dispose();

    private static byte[] Gbk(string text) => Encoding.GetEncoding("GBK").GetBytes(text);

    private string SafeguardsAsGbk()
    {
        var file = Path.Combine(_content.Path, "safeguards.md");
        File.WriteAllBytes(file, Gbk(File.ReadAllText(file)));
        return file;
    }

    private static void ApplyAll(EncodingPlan plan)
    {
        foreach (var change in plan.Changes) EncodingFix.Apply(change);
    }

    [UnixFact]
    public void A_link_to_a_gbk_file_stays_a_link_and_its_target_is_not_written_through_it()
    {
        // The GBK file lives outside the folder being fixed; the content file is a link to it.
        var outside = Path.Combine(_content.Root, "shared-safeguards.md");
        var gbk = Gbk("完善制度建设。\n");
        File.WriteAllBytes(outside, gbk);
        var link = Path.Combine(_content.Path, "safeguards.md");
        File.Delete(link);
        File.CreateSymbolicLink(link, outside);

        var plan = EncodingFix.Plan([_content.Content]);
        ApplyAll(plan);

        Assert.Equal(outside, new FileInfo(link).LinkTarget);
        Assert.Equal(gbk, File.ReadAllBytes(outside));
        Assert.Empty(plan.Changes);
        Assert.EndsWith("content/publication/safeguards.md", Assert.Single(plan.Links));
    }

    [UnixFact]
    public void A_linked_folder_is_not_followed()
    {
        var outside = Path.Combine(_content.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        var gbk = Gbk("完善制度建设。\n");
        File.WriteAllBytes(Path.Combine(outside, "notes.md"), gbk);
        Directory.CreateSymbolicLink(Path.Combine(_content.Path, "linked"), outside);

        var plan = EncodingFix.Plan([_content.Content]);
        ApplyAll(plan);

        Assert.Equal(gbk, File.ReadAllBytes(Path.Combine(outside, "notes.md")));
        Assert.Single(plan.Links);
    }

    [UnixTheory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead)]
    [UnsupportedOSPlatform("windows")]
    public void A_converted_file_keeps_its_permissions(UnixFileMode mode)
    {
        var file = SafeguardsAsGbk();
        File.SetUnixFileMode(file, mode);

        var plan = EncodingFix.Plan([_content.Content]);
        ApplyAll(plan);

        Assert.Single(plan.Changes);
        Assert.StartsWith("完善制度建设。", File.ReadAllText(file));
        Assert.Equal(mode, File.GetUnixFileMode(file));
    }
}
