using PerfPublish.Write.Docx;

namespace PerfPublish.Tests.Write.Docx;

/// <summary>
/// A label wider than its column breaks between words, in as few and as even lines as the column allows (LabelLines):
/// the breaks a reviewer found inside words (满意度指/标, 资金支出计/划（%）, 其中：当/年财政拨/款) are set between them.
/// </summary>
public class LabelLinesTests
{
    [Theory]
    [InlineData("满意度指标", 4, "满意度|指标")]
    [InlineData("资金支出计划（%）", 5, "资金支出|计划（%）")]
    [InlineData("其中：财政资金", 5, "其中：|财政资金")]
    [InlineData("年度预算安排（万元）", 4, "年度预算|安排|（万元）")]
    [InlineData("部门（单位）名称", 4, "部门|（单位）|名称")]
    [InlineData("其中：当年财政拨款", 4, "其中：|当年财政|拨款")]
    [InlineData("可持续影响指标", 5, "可持续|影响指标")]
    [InlineData("效益指标(20-40)分", 6, "效益指标|(20-40)分")]
    [InlineData("满意度指标", 5, "满意度指标")]
    public void A_label_breaks_between_words(string label, double perLine, string lines) =>
        Assert.Equal(lines, string.Join("|", LabelLines.Break(label, perLine)));

    [Fact]
    public void A_word_wider_than_the_column_is_the_only_thing_broken_inside()
    {
        var lines = LabelLines.Break("社会公众满意度", 2);

        Assert.All(lines, line => Assert.True(LabelLines.Ems(line) <= 2, $"'{line}' is wider than the column"));
        Assert.Equal("社会公众满意度", string.Concat(lines));
    }

    [Fact]
    public void Brackets_colons_and_numbers_stay_with_their_words()
    {
        var words = LabelLines.Words("其中：当年财政拨款（万元）2023");

        Assert.DoesNotContain(words, word => word.StartsWith('：') || word.StartsWith('）') || word.EndsWith('（'));
        Assert.Equal("其中：当年财政拨款（万元）2023", string.Concat(words));
    }
}
