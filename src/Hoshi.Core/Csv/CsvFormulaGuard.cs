namespace Hoshi.Core.Csv;

/// <summary>
/// CSV injection (OWASP "CSV Injection", CWE-1236): a spreadsheet that opens a CSV file evaluates a cell beginning
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return as a formula, and a supplier's name or a
/// justification is text that anyone could have typed. Hoshi's CSV writer puts a single quote before such a value,
/// so spreadsheets show it as text, and Hoshi's CSV reader takes that quote away again: a value that really begins
/// with <c>=</c> survives an export and an import unchanged.
/// </summary>
/// <remarks>
/// The rule, both ways: a value that begins with one of those characters, or with a single quote followed by one of
/// them or by another single quote, is written with one more single quote in front; on reading, a value that begins
/// with a single quote followed by one of those characters or by a single quote loses its first character. Every
/// other value is written and read as it is (so <c>'0123</c> stays <c>'0123</c>). A CSV made by hand may therefore
/// write <c>'=A1</c> for the text <c>=A1</c>, as a spreadsheet user would type it.
/// </remarks>
public static class CsvFormulaGuard
{
    public const char Quote = '\'';

    /// <summary>Whether a spreadsheet would take <paramref name="value"/>, typed or read from CSV, for a formula.</summary>
    public static bool LooksLikeFormula(string value) => StartsFormula(value, 0);

    /// <summary>The value as it is written: with a single quote in front when a spreadsheet would evaluate it, or when the reader would take one away.</summary>
    public static string Protect(string value) =>
        StartsFormula(value, 0) || (value.Length > 1 && value[0] == Quote && (value[1] == Quote || StartsFormula(value, 1)))
            ? Quote + value
            : value;

    /// <summary>The value a written cell stands for: <see cref="Protect"/> undone.</summary>
    public static string Unprotect(string value) =>
        value.Length > 1 && value[0] == Quote && (value[1] == Quote || StartsFormula(value, 1)) ? value[1..] : value;

    private static bool StartsFormula(string value, int at) => value.Length > at && value[at] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
