namespace Hoshi.Core.Excel;

/// <summary>
/// Reads the references out of a formula as the sheet XML stores it (A1 style, no leading "="): cells, ranges,
/// whole columns and rows, sheet-qualified ones, defined names; and what reaches outside the workbook: another
/// workbook (<c>[1]Sheet1!A1</c>, <c>'C:\x\[book.xlsx]Sheet1'!A1</c>), a DDE link (<c>cmd|'/c calc'!A0</c>) or a
/// function that fetches data from elsewhere. It does not evaluate anything; references computed at run time
/// (INDIRECT, OFFSET) and structured table references are not followed.
/// </summary>
internal static class FormulaParser
{
    /// <summary>Functions that bring data from outside the workbook (stored with an _xlfn. prefix when newer than Excel 2007).</summary>
    private static readonly HashSet<string> OutsideFunctions = new(StringComparer.OrdinalIgnoreCase) { "WEBSERVICE", "RTD", "CALL", "REGISTER.ID" };

    public static FormulaReferences Parse(string formula)
    {
        var result = new FormulaReferences();
        string? sheet = null;
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (c == '"')
            {
                i = SkipQuoted(formula, i, '"');
                sheet = null;
            }
            else if (c == '\'')
            {
                var end = SkipQuoted(formula, i, '\'');
                var name = formula[(i + 1)..(end - 1)].Replace("''", "'", StringComparison.Ordinal);
                if (end < formula.Length && formula[end] == '!')
                {
                    // Sheet names cannot hold brackets: a bracket names another workbook ('C:\x\[book.xlsx]Sheet1').
                    if (name.Contains('[', StringComparison.Ordinal))
                    {
                        result.Outside ??= "another workbook";
                    }

                    sheet = name;
                    end++;
                }

                i = end;
            }
            else if (c == '[')
            {
                // At the start of a reference, not after a table's name: another workbook, [1]Sheet1!A1; but
                // [@Amount] and [[#This Row],[Amount]] are the table the formula stands in.
                var tableColumn = i + 1 < formula.Length && formula[i + 1] is '@' or '#' or '[';
                if (!tableColumn)
                {
                    result.Outside ??= "another workbook";
                }

                i = SkipBrackets(formula, i);
            }
            else if (c == '|')
            {
                result.Outside = "a DDE link to another program";
                i++;
            }
            else if (c == '{')
            {
                i = SkipArrayConstant(formula, i);
                sheet = null;
            }
            else if (c == '#')
            {
                // An error literal: #REF!, #N/A, #DIV/0!, #NULL!.
                i++;
                while (i < formula.Length && (char.IsLetterOrDigit(formula[i]) || formula[i] is '/' or '!' or '?'))
                {
                    i++;
                }
            }
            else if (IsTokenChar(c))
            {
                i = ReadToken(formula, i, ref sheet, result);
            }
            else
            {
                sheet = null;
                i++;
            }
        }

        return result;
    }

    private static int ReadToken(string formula, int start, ref string? sheet, FormulaReferences result)
    {
        var i = TokenEnd(formula, start);
        var token = formula.AsSpan(start, i - start);
        var next = i < formula.Length ? formula[i] : '\0';
        if (next == '!')
        {
            sheet = token.ToString();
            return i + 1;
        }

        var qualifier = sheet;
        sheet = null;
        if (next == '(')
        {
            var name = token.ToString();
            foreach (var prefix in new[] { "_xlfn.", "_xlws." })
            {
                name = name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? name[prefix.Length..] : name;
            }

            if (OutsideFunctions.Contains(name))
            {
                result.Outside ??= $"the function {name.ToUpperInvariant()}";
            }

            return i;
        }

        if (next == '[')
        {
            return SkipBrackets(formula, i); // a structured reference: Table1[Column]
        }

        // A range: A1:B2, A:C (whole columns) or 1:3 (whole rows).
        var secondStart = i + 1;
        var secondEnd = next == ':' && secondStart < formula.Length && IsTokenChar(formula[secondStart]) ? TokenEnd(formula, secondStart) : -1;
        var second = secondEnd > 0 ? formula.AsSpan(secondStart, secondEnd - secondStart) : [];
        if (Cell(token) is { } first)
        {
            if (secondEnd > 0 && Cell(second) is { } last)
            {
                result.Ranges.Add(new RangeReference(qualifier, first.Row, first.Column, last.Row, last.Column, first.RowAbsolute, first.ColumnAbsolute, last.RowAbsolute, last.ColumnAbsolute).Normalized());
                return secondEnd;
            }

            result.Ranges.Add(new RangeReference(qualifier, first.Row, first.Column, first.Row, first.Column, first.RowAbsolute, first.ColumnAbsolute, first.RowAbsolute, first.ColumnAbsolute));
            return i;
        }

        if (secondEnd > 0 && Column(token) is { } from && Column(second) is { } to)
        {
            result.Ranges.Add(new RangeReference(qualifier, 1, from.Column, CellReferences.LastRow, to.Column, true, from.Absolute, true, to.Absolute).Normalized());
            return secondEnd;
        }

        if (secondEnd > 0 && Row(token) is { } top && Row(second) is { } bottom)
        {
            result.Ranges.Add(new RangeReference(qualifier, top.Row, 1, bottom.Row, CellReferences.LastColumn, top.Absolute, true, bottom.Absolute, true).Normalized());
            return secondEnd;
        }

        if (char.IsLetter(token[0]) || token[0] is '_' or '\\')
        {
            result.Names.Add((qualifier, token.ToString()));
        }

        return i;
    }

    private static (int Row, int Column, bool RowAbsolute, bool ColumnAbsolute)? Cell(ReadOnlySpan<char> token)
    {
        var columnAbsolute = token.StartsWith("$");
        var rest = columnAbsolute ? token[1..] : token;
        var letters = 0;
        while (letters < rest.Length && char.IsAsciiLetter(rest[letters]))
        {
            letters++;
        }

        var rowPart = rest[letters..];
        var rowAbsolute = rowPart.StartsWith("$");
        rowPart = rowAbsolute ? rowPart[1..] : rowPart;
        return letters > 0 && CellReferences.TryParseColumn(rest[..letters], out var column) && CellReferences.TryParseRow(rowPart, out var row)
            ? (row, column, rowAbsolute, columnAbsolute)
            : null;
    }

    private static (int Column, bool Absolute)? Column(ReadOnlySpan<char> token)
    {
        var absolute = token.StartsWith("$");
        return CellReferences.TryParseColumn(absolute ? token[1..] : token, out var column) ? (column, absolute) : null;
    }

    private static (int Row, bool Absolute)? Row(ReadOnlySpan<char> token)
    {
        var absolute = token.StartsWith("$");
        return CellReferences.TryParseRow(absolute ? token[1..] : token, out var row) ? (row, absolute) : null;
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '\\' or '$' or '?';

    private static int TokenEnd(string formula, int i)
    {
        while (i < formula.Length && IsTokenChar(formula[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The index after a quoted run ("text" or 'sheet name'), where a doubled quote stands for one.</summary>
    private static int SkipQuoted(string formula, int start, char quote)
    {
        var i = start + 1;
        while (i < formula.Length)
        {
            if (formula[i] == quote)
            {
                if (i + 1 < formula.Length && formula[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return formula.Length;
    }

    private static int SkipBrackets(string formula, int start)
    {
        var depth = 0;
        for (var i = start; i < formula.Length; i++)
        {
            if (formula[i] == '[')
            {
                depth++;
            }
            else if (formula[i] == ']' && --depth == 0)
            {
                return i + 1;
            }
        }

        return formula.Length;
    }

    private static int SkipArrayConstant(string formula, int start)
    {
        var i = start + 1;
        while (i < formula.Length && formula[i] != '}')
        {
            i = formula[i] == '"' ? SkipQuoted(formula, i, '"') : i + 1;
        }

        return Math.Min(i + 1, formula.Length);
    }
}
