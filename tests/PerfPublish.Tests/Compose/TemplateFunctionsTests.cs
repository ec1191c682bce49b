using PerfPublish.Compose;

namespace PerfPublish.Tests.Compose;

public class TemplateFunctionsTests
{
    [Theory]
    [InlineData("6", "6.00")]
    [InlineData("11.03", "11.03")]
    [InlineData("0", "0.00")]
    [InlineData("1234567.5", "1234567.50")]
    public void Amounts_print_to_the_fen(string value, string expected) =>
        Assert.Equal(expected, TemplateFunctions.Amount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Percentages_print_as_the_seed_shows_them() => Assert.Equal("20.00%", TemplateFunctions.Percent(20));

    [Theory]
    [InlineData(1, "一")]
    [InlineData(3, "三")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(35, "三十五")]
    public void Section_numbers_are_chinese_numerals(int value, string expected) =>
        Assert.Equal(expected, TemplateFunctions.ChineseNumber(value));
}
