namespace Hoshi.Core.Csv;

/// <summary>
/// Writes RFC 4180 records with CRLF line ends; fields are quoted only when they need it, and a field a spreadsheet
/// would evaluate as a formula is written as text (<see cref="CsvFormulaGuard"/>), which <see cref="CsvReader"/> undoes.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    public void WriteRecord(params IEnumerable<string?> fields)
    {
        writer.Write(string.Join(',', fields.Select(Escape)));
        writer.Write("\r\n");
    }

    private static string Escape(string? value)
    {
        value = CsvFormulaGuard.Protect(value ?? "");
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
