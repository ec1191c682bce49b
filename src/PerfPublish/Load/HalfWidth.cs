namespace PerfPublish.Load;

/// <summary>
/// Full-width digits and number punctuation (２５０，．－) as their half-width forms, the way offices' Word files
/// often type numbers. Done by hand: the build runs with invariant globalization, where Unicode normalisation
/// leaves these characters as they are.
/// </summary>
public static class HalfWidth
{
    public static string Of(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = Of(source[i]);
    });

    private static char Of(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '，' => ',',
        '．' => '.',
        '－' => '-',
        '\u3000' => ' ',
        _ => c,
    };
}
