namespace Hoshi.Core.Excel;

/// <summary>One row of a sheet as text: the cells written in the file, by column number.</summary>
public sealed class WorkbookRow
{
    private readonly int[] columns;
    private readonly string[] values;

    internal WorkbookRow(int number, List<(int Column, string Value)> cells)
    {
        Number = number;
        columns = new int[cells.Count];
        values = new string[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            (columns[i], values[i]) = cells[i];
        }

        // Excel writes cells in column order; a file that does not is sorted, so that lookups can search.
        for (var i = 1; i < columns.Length; i++)
        {
            if (columns[i] < columns[i - 1])
            {
                Array.Sort(columns, values);
                break;
            }
        }
    }

    /// <summary>The row number (1-based), as Excel shows it.</summary>
    public int Number { get; }

    /// <summary>The last column that holds text, 0 when none does.</summary>
    public int LastColumn
    {
        get
        {
            for (var i = values.Length - 1; i >= 0; i--)
            {
                if (values[i].Length > 0)
                {
                    return columns[i];
                }
            }

            return 0;
        }
    }

    /// <summary>True when no cell of the row holds text.</summary>
    public bool IsEmpty => LastColumn == 0;

    /// <summary>The text of the cell in <paramref name="column"/> (1-based); empty when the file has no such cell.</summary>
    public string this[int column]
    {
        get
        {
            var at = Array.BinarySearch(columns, column);
            return at >= 0 ? values[at] : "";
        }
    }
}
