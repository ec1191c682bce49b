using PerfPublish.Validate;

namespace PerfPublish.Tests.Validate;

/// <summary>
/// A 指标值 read together with the 计量单位 and 指标值类型 cells of its row, where the form has such columns
/// (role: unit, role: value_type), and qualitative values recognised as such.
/// </summary>
public class IndicatorValueTests
{
    [Theory]
    [InlineData("优良")]
    [InlineData("达标")]
    [InlineData("是")]
    [InlineData("持续改善")]
    [InlineData("应保尽保")]
    [InlineData("不超预算")]
    public void A_target_in_words_is_qualitative_and_needs_no_unit(string text)
    {
        var value = IndicatorValue.Read(text, "", "");

        Assert.Null(value.Problem);
        Assert.True(value.IsQualitative);
        Assert.False(value.IsQuantity);
    }

    [Theory]
    [InlineData("10", "辆", null, 10, "辆")]
    [InlineData("≥95", "%", "≥", 95, "%")]
    [InlineData("≥3.2", "万亩", "≥", 3.2, "万亩")]
    public void A_number_takes_its_unit_from_the_unit_column(string text, string unit, string? op, double number, string read)
    {
        var value = IndicatorValue.Read(text, unit, "定量");

        Assert.True(value.IsQuantity, value.Problem);
        Assert.Equal(op, value.Operator);
        Assert.Equal((decimal)number, value.Number);
        Assert.Equal(read, value.Unit);
    }

    [Fact]
    public void A_percentage_in_the_unit_column_makes_a_percentage()
    {
        Assert.True(IndicatorValue.Read("≥90", "%", "").IsPercentage);
        Assert.False(IndicatorValue.Read("≥90", "", "").IsQuantity);
    }

    [Theory]
    [InlineData("10", "", "", false)]
    [InlineData("95%", "个", "", true)]
    [InlineData("100%", "%", "", true)]
    [InlineData("优良", "", "定量", true)]
    [InlineData("≥95", "%", "定性", true)]
    public void A_value_its_row_contradicts_or_a_number_without_any_unit_is_a_problem(string text, string unit, string type, bool contradicts)
    {
        var value = IndicatorValue.Read(text, unit, type);

        Assert.NotNull(value.Problem);
        Assert.Equal(contradicts, value.ContradictsRow);
    }
}
