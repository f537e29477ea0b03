namespace Hoshi.Core.Suppliers;

/// <summary>
/// One data row of a supplier register file, as text: the reader only locates cells; the values are checked by
/// the one validation every input path shares (the supplier commands), which names the row and column.
/// </summary>
/// <param name="Line">The line (CSV) or row number (Excel) in the file, for error messages.</param>
/// <param name="Cells">Cell text by column key; a column missing from the file is absent.</param>
public sealed record SupplierRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[SupplierColumn column] =>
        Cells.TryGetValue(column.Key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public bool Has(SupplierColumn column) => Cells.ContainsKey(column.Key);
}

/// <summary>A supplier register file read into rows, with where each column came from.</summary>
/// <param name="Location">How errors name the file (and sheet).</param>
/// <param name="ColumnNames">The column letter (Excel) or header (CSV) of each key, for error messages.</param>
public sealed record SupplierTable(string Location, IReadOnlyList<SupplierRow> Rows, IReadOnlyDictionary<string, string> ColumnNames)
{
    public string NameOf(SupplierColumn column) => ColumnNames.TryGetValue(column.Key, out var name) ? name : column.Japanese;
}
