namespace Hoshi.Core.Excel;

/// <summary>One worksheet as text, its rows in order; rows the file does not write are absent.</summary>
public sealed class WorkbookSheet
{
    private readonly Dictionary<int, WorkbookRow> byNumber;

    internal WorkbookSheet(string name, List<WorkbookRow> rows)
    {
        Name = name;
        rows.Sort((a, b) => a.Number.CompareTo(b.Number));
        Rows = rows;
        byNumber = [];
        foreach (var row in rows)
        {
            byNumber.TryAdd(row.Number, row);
        }
    }

    public string Name { get; }

    public IReadOnlyList<WorkbookRow> Rows { get; }

    /// <summary>The last row that holds text, 0 when none does.</summary>
    public int LastRow => Rows.LastOrDefault(r => !r.IsEmpty)?.Number ?? 0;

    /// <summary>The text of a cell (1-based row and column); empty when the file has no such cell.</summary>
    public string Cell(int row, int column) => byNumber.TryGetValue(row, out var r) ? r[column] : "";

    public WorkbookRow? Row(int number) => byNumber.GetValueOrDefault(number);
}
