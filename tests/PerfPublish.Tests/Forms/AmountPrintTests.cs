using PerfPublish.Forms;

namespace PerfPublish.Tests.Forms;

/// <summary>How a profile prints an amount (form.yaml print:): to the fen by default, its own decimals and suffix, or as typed.</summary>
public class AmountPrintTests
{
    [Theory]
    [InlineData(6, null, "6.00")]
    [InlineData(1250.5, "1,250.50", "1250.50")]
    [InlineData(0.125, null, "0.125")]
    public void By_default_an_amount_prints_to_the_fen_and_loses_no_digit(double number, string? typed, string printed) =>
        Assert.Equal(printed, AmountPrint.Default.Print((decimal)number, typed));

    [Theory]
    [InlineData(0, "万", 250, "250万")]
    [InlineData(0, "万", 250.5, "250.5万")]
    [InlineData(1, "", 3, "3.0")]
    [InlineData(2, "万元", 12.3, "12.30万元")]
    public void A_profile_chooses_the_decimals_at_least_printed_and_a_suffix(int decimals, string suffix, double number, string printed) =>
        Assert.Equal(printed, new AmountPrint(decimals, suffix, false).Print((decimal)number, null));

    [Fact]
    public void As_typed_prints_the_text_the_office_typed_and_a_number_without_one_to_the_fen()
    {
        Assert.Equal("1,250.00", AmountPrint.Typed.Print(1250m, "1,250.00"));
        Assert.Equal("250万", AmountPrint.Typed.Print(250m, "250万"));
        Assert.Equal("250.00", AmountPrint.Typed.Print(250m, null));
    }
}
