using PerfPublish.Write;

namespace PerfPublish.Tests.Write;

/// <summary>Who a publication is of: its code where it has one, else its name as people read it.</summary>
public class UnitIdentityTests
{
    [Theory]
    [InlineData("632001", "秦皇岛市北戴河区政府采购中心(本级)", "code:632001")]
    [InlineData(" 632001 ", "另一个名称", "code:632001")]
    [InlineData("", "云溪市教育局（本级）", "name:云溪市教育局(本级)")]
    [InlineData("  ", "云溪市 教育局 (本级)", "name:云溪市教育局(本级)")]
    [InlineData("", "ＡＢＣ　Bureau", "name:abcbureau")]
    public void A_unit_is_its_code_else_its_normalised_name(string code, string name, string identity) =>
        Assert.Equal(identity, UnitIdentity.Of(code, name));

    [Theory]
    [InlineData("降尘抑尘", "抑尘降尘", 0.66)]
    [InlineData("家庭经济困难学生资助", "家庭经济困难学生生活补助", 0.7)]
    [InlineData("评审费", "评审费", 1.0)]
    [InlineData("评审费", "人事代理经费", 0.0)]
    public void Likeness_is_the_share_of_character_pairs_two_names_have_in_common(string a, string b, double atLeast)
    {
        var likeness = UnitIdentity.Likeness(a, b);

        Assert.InRange(likeness, atLeast, atLeast == 0 ? 0.01 : 1.0);
        Assert.Equal(likeness, UnitIdentity.Likeness(b, a));
    }
}
