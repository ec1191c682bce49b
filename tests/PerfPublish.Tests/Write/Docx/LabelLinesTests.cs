using FsCheck;
using FsCheck.Fluent;
using PerfPublish.Tests.Fuzz;
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

    /// <summary>
    /// Any label, any column: the lines join to the label (nothing lost or added), each fits the column unless it is a
    /// single character, and a line ends inside a word only where that word is wider than the column.
    /// </summary>
    [Fact]
    public void Any_label_breaks_into_lines_that_join_to_it_fit_the_column_and_end_between_words()
    {
        const string characters = "产出效益满意度数量质量时效成本经济社会生态可持续影响指标服务对象（）：%12ab-";
        var labels = Gen.Choose(0, characters.Length - 1).ArrayOf().Select(a => new string([.. a.Take(24).Select(i => characters[i])]));
        var cases = Gen.Choose(1, 8).SelectMany(perLine => labels.Select(label => (Label: label, PerLine: (double)perLine)));
        var property = Prop.ForAll(Arb.From(cases), c =>
        {
            var lines = LabelLines.Break(c.Label, c.PerLine);
            var words = LabelLines.Words(c.Label);
            var ends = lines.Select((_, i) => lines.Take(i + 1).Sum(l => l.Length)).SkipLast(1);
            var wordEnds = words.Select((_, i) => words.Take(i + 1).Sum(w => w.Length)).ToHashSet();
            var tooWide = words.Select((w, i) => (Start: words.Take(i).Sum(x => x.Length), Word: w)).Where(w => LabelLines.Ems(w.Word) > c.PerLine).ToList();
            bool InsideTooWide(int end) => tooWide.Any(w => w.Start < end && end < w.Start + w.Word.Length);
            return string.Concat(lines) == c.Label
                && lines.All(line => line.Length <= 1 || LabelLines.Ems(line) <= c.PerLine || lines.Count == 1 && LabelLines.Ems(c.Label) <= c.PerLine)
                && ends.All(end => wordEnds.Contains(end) || InsideTooWide(end));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Math.Max(200, FuzzRun.Cases / 5)).WithReplay((ulong)FuzzRun.Seed, 0x9E3779B97F4A7C15UL | 1), property);
    }
}
