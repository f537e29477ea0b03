using System.Text;

namespace Hoshi.Core.Csv;

/// <summary>
/// An RFC 4180 reader that keeps line numbers: quoted fields may hold commas, doubled quotes and line
/// breaks; CRLF, LF and a lone CR (classic Mac OS) each end a line, inside quoted fields too, where they are kept
/// as written; a UTF-8 byte order mark is skipped by the caller's reader. Blank lines are skipped. A field that
/// <see cref="CsvWriter"/> protected from spreadsheets' formulas is read back as it was (<see cref="CsvFormulaGuard"/>).
/// </summary>
public static class CsvReader
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var recordLine = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;
        var quoteLine = 0;

        while (true)
        {
            var next = reader.Read();
            if (next == -1)
            {
                if (inQuotes)
                {
                    throw new CsvFormatException(quoteLine, "a quoted field is never closed");
                }

                if (fields.Count > 0 || field.Length > 0 || fieldWasQuoted)
                {
                    fields.Add(CsvFormulaGuard.Unprotect(field.ToString()));
                    yield return new CsvRecord(recordLine, fields);
                }

                yield break;
            }

            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                        var after = reader.Peek();
                        if (after is not (-1 or ',' or '\r' or '\n'))
                        {
                            throw new CsvFormatException(line, $"unexpected character '{(char)after}' after a closing quote");
                        }
                    }
                }
                else
                {
                    field.Append(c);
                    if (IsLineEnd(c, reader))
                    {
                        line++;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    inQuotes = true;
                    fieldWasQuoted = true;
                    quoteLine = line;
                    break;
                case '"':
                    throw new CsvFormatException(line, "a quote inside an unquoted field (quote the whole field and double the quote)");
                case ',':
                    fields.Add(CsvFormulaGuard.Unprotect(field.ToString()));
                    field.Clear();
                    fieldWasQuoted = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break; // the LF that follows ends the line
                case '\r' or '\n':
                    if (fields.Count > 0 || field.Length > 0 || fieldWasQuoted)
                    {
                        fields.Add(CsvFormulaGuard.Unprotect(field.ToString()));
                        yield return new CsvRecord(recordLine, fields);
                        fields = [];
                        field.Clear();
                        fieldWasQuoted = false;
                    }

                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
    }

    /// <summary>Whether <paramref name="c"/> ends a line; the CR of a CRLF pair is not an end by itself (its LF is).</summary>
    private static bool IsLineEnd(char c, TextReader reader) => c == '\n' || (c == '\r' && reader.Peek() != '\n');
}
