using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfPublish.ReferenceDocx;

/// <summary>
/// The official fonts and what Word may use where one is missing. The styles name the official fonts
/// as East Asian fonts; the font table gives each one alternative names (w:altName) and its
/// classification (GB2312 character set, PANOSE), which Word uses to pick a substitute. PDF rendering
/// maps them through templates/pdf-fonts.conf instead, since LibreOffice asks fontconfig.
/// </summary>
internal static class OfficialFonts
{
    public const string Latin = "Times New Roman";
    public const string FangSong = "仿宋_GB2312";
    public const string Hei = "黑体";
    public const string Kai = "楷体_GB2312";
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string Song = "宋体";

    private const string Gb2312 = "86";

    public static Fonts Create() => new(
        Font(Latin, null, "02020603050405020304", "00", FontFamilyValues.Roman, FontPitchValues.Variable),
        Font(FangSong, "仿宋,FangSong_GB2312,FangSong", "02010609030101010101", Gb2312, FontFamilyValues.Modern, FontPitchValues.Fixed),
        Font(Hei, "SimHei", "02010609060101010101", Gb2312, FontFamilyValues.Modern, FontPitchValues.Fixed),
        Font(Kai, "楷体,KaiTi_GB2312,KaiTi", "02010609030101010101", Gb2312, FontFamilyValues.Modern, FontPitchValues.Fixed),
        Font(XiaoBiaoSong, "方正小标宋_GBK,FZXiaoBiaoSong-B05S,宋体", "02000000000000000000", Gb2312, FontFamilyValues.Auto, FontPitchValues.Variable),
        Font(Song, "SimSun", "02010600030101010101", Gb2312, FontFamilyValues.Auto, FontPitchValues.Variable));

    private static Font Font(string name, string? altName, string panose, string charset, FontFamilyValues family, FontPitchValues pitch)
    {
        var font = new Font { Name = name };
        if (altName is not null) font.Append(new AltName { Val = altName });
        font.Append(
            new Panose1Number { Val = panose },
            new FontCharSet { Val = charset },
            new FontFamily { Val = family },
            new Pitch { Val = pitch });
        return font;
    }
}
