using PerfPublish.Validate.Rules;

namespace PerfPublish.Tests.Validate;

/// <summary>PP0225: a period is kept as written in any of the shapes forms use, but every number in it is a year, month, day or count.</summary>
public class PeriodRuleTests
{
    [Theory]
    [InlineData("2024年1月—2024年12月")]
    [InlineData("2023.01-2023.12")]
    [InlineData("2024-2026")]
    [InlineData("2023年1月1日至2023年12月31日")]
    [InlineData("２０２３年")]
    [InlineData("3年")]
    [InlineData("36个月")]
    [InlineData("长期")]
    public void A_period_in_a_shape_forms_use_passes(string period) => Assert.Null(PeriodRule.Garbled(period));

    [Theory]
    [InlineData("20246-202516", "20246")]
    [InlineData("2024年13月", "13月")]
    [InlineData("2024年1月32日", "32日")]
    [InlineData("0202-2024", "0202")]
    [InlineData("２０２４６－２０２５", "20246")]
    public void A_number_that_is_no_year_month_day_or_count_is_named(string period, string garbled) =>
        Assert.Equal(garbled, PeriodRule.Garbled(period));
}
