using System.Text;
using PerfPublish.Load;

namespace PerfPublish.Tests.Load;

/// <summary>Which encoding a content file that is not UTF-8 was saved in, as PP0003 and fix-encoding name it.</summary>
public class LegacyEncodingTests
{
    private const string Text = "一、总体绩效目标\n预算6万元，其中财政资金6万元。\n";

    static LegacyEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Notepad_ANSI_on_a_Chinese_Windows_is_GBK()
    {
        var detected = LegacyEncoding.Detect(Encoding.GetEncoding("GBK").GetBytes(Text));

        Assert.Equal(new DetectedText("GBK", Text), detected);
    }

    [Fact]
    public void A_character_beyond_GBK_makes_it_GB18030()
    {
        // 𠮷 (U+20BB7, a form of 吉 found in names) lies beyond the BMP: GBK has no code for it, GB18030 writes it in four bytes.
        const string text = Text + "𠮷\n";

        var detected = LegacyEncoding.Detect(Encoding.GetEncoding("GB18030").GetBytes(text));

        Assert.Equal(new DetectedText("GB18030", text), detected);
    }

    [Theory]
    [InlineData("UTF-16", "utf-16")]
    [InlineData("UTF-16BE", "utf-16BE")]
    public void Notepad_Unicode_is_UTF_16_by_its_byte_order_mark(string name, string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes(Text)).ToArray();

        Assert.Equal(new DetectedText(name, Text), LegacyEncoding.Detect(bytes));
        Assert.Equal(name, LegacyEncoding.UnicodeMarkOf(bytes));
    }

    [Fact]
    public void Western_text_or_random_bytes_are_not_taken_for_Chinese()
    {
        var latin1 = Encoding.Latin1.GetBytes("Café résumé, naïve façade: ça a été très réussi.\n");
        var random = new byte[512];
        new Random(7).NextBytes(random);

        Assert.Null(LegacyEncoding.Detect(latin1));
        Assert.Null(LegacyEncoding.Detect(random));
    }
}
