using PerfPublish.Import;

namespace PerfPublish.Tests.Import;

public class ImportNumbersTests
{
    [Theory]
    [InlineData("6", "6")]
    [InlineData("6.00", "6.00")]
    [InlineData("6.0万元", "6.0")]
    [InlineData(" 1,200.50 ", "1200.50")]
    [InlineData("６．５", "6.5")]
    public void Amounts_are_read_as_offices_type_them(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ImportNumbers.Amount(text, "万元"));

    [Theory]
    [InlineData("约6万元")]
    [InlineData("6元")]
    [InlineData("六万元")]
    [InlineData("")]
    public void Anything_more_than_a_number_is_not_an_amount(string text) => Assert.Null(ImportNumbers.Amount(text, "万元"));

    [Theory]
    [InlineData("20%", "20")]
    [InlineData("20.00%", "20")]
    [InlineData("12.50％", "12.5")]
    [InlineData("100", "100")]
    public void Percentages_lose_their_sign_and_trailing_zeros(string text, string expected) =>
        Assert.Equal(expected, ImportNumbers.Percentage(text)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Goals_typed_in_one_paragraph_are_split_at_their_numbers_only()
    {
        Assert.Equal(["保证采购项目合法进行、顺利完成。", "提高采购资金节约率"], GoalList.Split(["1.保证采购项目合法进行、顺利完成。2.提高采购资金节约率"]));
        Assert.Equal(["用于论证评审费10.5万元。", "其他"], GoalList.Split(["1、用于论证评审费10.5万元。", "2. 其他", ""]));
    }

    [Theory]
    [InlineData("632001秦皇岛市北戴河区政府采购中心(本级)\t单位：万元", "632001", "秦皇岛市北戴河区政府采购中心(本级)", "万元")]
    [InlineData("632001　秦皇岛市北戴河区政府采购中心(本级)    单位:万元", "632001", "秦皇岛市北戴河区政府采购中心(本级)", "万元")]
    [InlineData("单位：元", null, null, "元")]
    public void The_unit_line_is_split_however_it_was_typed(string text, string? code, string? name, string currency) =>
        Assert.Equal(new UnitLineFields(code, name, currency), UnitLineFields.Parse(text));
}
