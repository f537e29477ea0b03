namespace Hoshi.Core.Csv;

/// <summary>Malformed CSV text: the line where the problem is and what it is.</summary>
public sealed class CsvFormatException(int line, string reason) : Exception($"line {line}: {reason}")
{
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
