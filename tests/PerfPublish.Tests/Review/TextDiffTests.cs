using PerfPublish.Review;

namespace PerfPublish.Tests.Review;

/// <summary>The text diff a reviewer reads: Chinese cut into characters, numbers and Latin words whole, both texts kept exactly.</summary>
public class TextDiffTests
{
    [Fact]
    public void Chinese_is_cut_into_characters_and_numbers_and_words_stay_whole()
    {
        Assert.Equal(["预", "算", "6.00", "万", "元", "，", "其", "中", "ABC", "项", "目", " ", "≥", "90", "%", "𠀀"],
            TextDiff.Tokens("预算6.00万元，其中ABC项目 ≥90%𠀀"));
    }

    [Fact]
    public void An_edited_sentence_shows_only_the_words_put_in()
    {
        var diff = TextDiff.Between("保障工作顺利开展，高质量完成土地交易工作。", "保障工作顺利开展，按时高质量完成全年土地交易工作。");

        Assert.Equal(
            [(Change.Same, "保障工作顺利开展，"), (Change.Inserted, "按时"), (Change.Same, "高质量完成"), (Change.Inserted, "全年"), (Change.Same, "土地交易工作。")],
            diff.Pieces.Select(p => (p.Change, p.Text)));
    }

    [Fact]
    public void A_changed_number_is_replaced_whole_not_digit_by_digit()
    {
        var diff = TextDiff.Between("预算6.00万元", "预算16.50万元");

        Assert.Equal([(Change.Same, "预算"), (Change.Deleted, "6.00"), (Change.Inserted, "16.50"), (Change.Same, "万元")], diff.Pieces.Select(p => (p.Change, p.Text)));
    }

    [Fact]
    public void A_lone_character_left_between_two_changes_joins_them()
    {
        var diff = TextDiff.Between("甲的乙", "丙的丁");

        Assert.Equal([(Change.Deleted, "甲的乙"), (Change.Inserted, "丙的丁")], diff.Pieces.Select(p => (p.Change, p.Text)));
    }

    [Theory]
    [InlineData("", "新增一句。")]
    [InlineData("删去一句。", "")]
    [InlineData("同样的文字", "同样的文字")]
    [InlineData("按时足额发放工资福利\n第二行", "及时足额发放工资、福利\n第二行改了")]
    [InlineData("≥90%（满意度）𠀀", "≥95% (satisfaction) 𠀁")]
    public void Either_text_is_given_back_exactly_from_the_pieces(string before, string after)
    {
        var diff = TextDiff.Between(before, after);

        Assert.Equal((before, after), (diff.Old, diff.New));
        Assert.Equal(before != after, diff.HasChanges);
        Assert.DoesNotContain(diff.Pieces, p => p.Text.Length == 0);
    }

    [Fact]
    public void A_change_of_more_than_two_thousand_characters_is_large()
    {
        var small = TextDiff.Between("原文", "新文");
        var large = TextDiff.Between("原文", new string('新', 2500));

        Assert.False(small.IsLarge);
        Assert.True(large.IsLarge);
        Assert.Equal((2, 2500), (large.Deleted, large.Inserted));
    }
}
