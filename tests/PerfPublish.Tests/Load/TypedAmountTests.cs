using PerfPublish.Load;

namespace PerfPublish.Tests.Load;

/// <summary>Amounts as offices type them into a form: the number as written, and the unit where one is typed.</summary>
public class TypedAmountTests
{
    [Theory]
    [InlineData("250", 250, null)]
    [InlineData("250万", 250, "万")]
    [InlineData("250万元", 250, "万元")]
    [InlineData("250 万元", 250, "万元")]
    [InlineData("1,250.00", 1250, null)]
    [InlineData("1,250.5万", 1250.5, "万")]
    [InlineData("２５０万", 250, "万")]
    [InlineData("１，２５０．００", 1250, null)]
    [InlineData("6元", 6, "元")]
    [InlineData("10分", 10, "分")]
    [InlineData("-5", -5, null)]
    [InlineData("0", 0, null)]
    public void Reads_the_number_as_written_and_the_unit_typed_with_it(string typed, double number, string? unit)
    {
        var amount = TypedAmount.Read(typed);

        Assert.NotNull(amount);
        Assert.Equal((decimal)number, amount.Number);
        Assert.Equal(unit, amount.Unit);
    }

    [Theory]
    [InlineData("六万元")]
    [InlineData("约6万")]
    [InlineData("6万多")]
    [InlineData("1,25,0")]
    [InlineData("12,50")]
    [InlineData("250美元")]
    [InlineData("——")]
    [InlineData("")]
    public void Anything_else_is_no_amount(string typed) => Assert.Null(TypedAmount.Read(typed));
}
