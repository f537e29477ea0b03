namespace Hoshi.Core.Excel;

/// <summary>A1-style cell references: column letters and row numbers, as the sheet XML and error messages write them.</summary>
internal static class CellReferences
{
    /// <summary>Excel's own bounds: XFD1048576.</summary>
    public const int LastRow = 1_048_576;
    public const int LastColumn = 16_384;

    public static string Letters(int column)
    {
        Span<char> letters = stackalloc char[3];
        var at = letters.Length;
        for (; column > 0; column = (column - 1) / 26)
        {
            letters[--at] = (char)('A' + ((column - 1) % 26));
        }

        return new string(letters[at..]);
    }

    public static string Name(int row, int column) => Letters(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads "B12" (letters then digits, no <c>$</c>); false for anything else or beyond XFD1048576.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int row, out int column)
    {
        row = column = 0;
        var i = 0;
        for (; i < text.Length && i < 3 && char.IsAsciiLetter(text[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
        }

        if (i == 0 || i == text.Length || !TryParseRow(text[i..], out row))
        {
            return false;
        }

        return column <= LastColumn;
    }

    /// <summary>Reads a column's letters alone ("AB"); false beyond XFD.</summary>
    public static bool TryParseColumn(ReadOnlySpan<char> text, out int column)
    {
        column = 0;
        if (text.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column <= LastColumn;
    }

    /// <summary>Reads a row number alone ("12"); false for 0, anything not digits, or beyond 1048576.</summary>
    public static bool TryParseRow(ReadOnlySpan<char> text, out int row)
    {
        row = 0;
        if (text.Length is 0 or > 7)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            row = (row * 10) + (c - '0');
        }

        return row is >= 1 and <= LastRow;
    }
}
