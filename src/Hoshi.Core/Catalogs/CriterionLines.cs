namespace Hoshi.Core.Catalogs;

/// <summary>
/// Splits an official text (format 2) into its lines of structure, by their first non-blank characters: a
/// statement ("・" in Japanese, "•" in English), an item ("-"), a heading ("[…]"), a note ("※"), or any other line.
/// Blank lines and white space around a line are not structure; the markers of statements and items are dropped
/// from the text shown.
/// </summary>
internal static class CriterionLines
{
    /// <summary>One line of structure; <see cref="Number"/> is its 1-based line in the text.</summary>
    public sealed record Line(int Number, CriterionPartKind Kind, string Text);

    public static List<Line> Read(string text, string language)
    {
        var statement = language == "en" ? '•' : '・';
        var lines = new List<Line>();
        var raw = text.Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var (kind, shown) = line[0] switch
            {
                var c when c == statement => (CriterionPartKind.Statement, line[1..].TrimStart()),
                '-' => (CriterionPartKind.Item, line[1..].TrimStart()),
                '※' => (CriterionPartKind.Note, line),
                '[' when line[^1] == ']' => (CriterionPartKind.Heading, line),
                _ => (CriterionPartKind.Line, line),
            };
            lines.Add(new Line(i + 1, kind, shown));
        }

        return lines;
    }

    /// <summary>How a line kind is named in an error message.</summary>
    public static string Describe(CriterionPartKind kind, string language) => kind switch
    {
        CriterionPartKind.Statement => language == "en" ? "a statement (\"• \")" : "a statement (\"・\")",
        CriterionPartKind.Item => "an item (\"-\")",
        CriterionPartKind.Heading => "a heading (\"[…]\")",
        CriterionPartKind.Note => "a note (\"※\")",
        _ => "a plain line",
    };
}
