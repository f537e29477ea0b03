namespace Hoshi.Core.Export;

/// <summary>Pads text for a terminal, where Japanese characters take two columns.</summary>
public static class DisplayWidth
{
    public static int Of(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    public static string PadRight(string text, int columns) => text + new string(' ', Math.Max(0, columns - Of(text)));

    // East Asian wide and full-width ranges that occur in Japanese text.
    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
            or '★' or '※' or '①' or '②' or '③' or '④' or '⑤';
}
