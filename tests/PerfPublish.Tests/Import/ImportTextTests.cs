using PerfPublish.Import;

namespace PerfPublish.Tests.Import;

/// <summary>
/// An indicator's name typed on several lines of a narrow label cell (满意度↵指标: an office's manual line break, or
/// the break PerfPublish's own DOCX sets between words) is the one-line name; Latin words keep a space between them.
/// </summary>
public class ImportTextTests
{
    [Theory]
    [InlineData("满意度\n指标", "满意度指标")]
    [InlineData("其中：\n财政资金", "其中：财政资金")]
    [InlineData("效益指标\n(20-40)分", "效益指标(20-40)分")]
    [InlineData("资金支出\n计划（%）", "资金支出计划（%）")]
    [InlineData("GDP\ngrowth", "GDP growth")]
    [InlineData("  经济效益 \n\n 指标 ", "经济效益指标")]
    [InlineData("产出指标", "产出指标")]
    public void A_name_on_several_lines_is_read_as_one_line(string cell, string name) => Assert.Equal(name, ImportText.OneLine(cell));
}
