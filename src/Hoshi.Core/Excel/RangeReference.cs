namespace Hoshi.Core.Excel;

/// <summary>
/// A rectangle a formula refers to, on its own sheet (<see cref="Sheet"/> null) or a named one. A whole column
/// spans every row, a whole row every column. Which coordinates are absolute ($) matters only to shared formulas,
/// whose copies shift the relative ones.
/// </summary>
internal readonly record struct RangeReference(
    string? Sheet, int Row1, int Column1, int Row2, int Column2,
    bool Row1Absolute = true, bool Column1Absolute = true, bool Row2Absolute = true, bool Column2Absolute = true)
{
    /// <summary>The reference as written in a copy <paramref name="rows"/> down and <paramref name="columns"/> right; null when it falls off the sheet (Excel's #REF!).</summary>
    public RangeReference? Shift(int rows, int columns)
    {
        var shifted = this with
        {
            Row1 = Row1Absolute ? Row1 : Row1 + rows,
            Row2 = Row2Absolute ? Row2 : Row2 + rows,
            Column1 = Column1Absolute ? Column1 : Column1 + columns,
            Column2 = Column2Absolute ? Column2 : Column2 + columns,
        };
        return shifted.Row1 is >= 1 and <= CellReferences.LastRow && shifted.Row2 is >= 1 and <= CellReferences.LastRow
            && shifted.Column1 is >= 1 and <= CellReferences.LastColumn && shifted.Column2 is >= 1 and <= CellReferences.LastColumn
            ? shifted
            : null;
    }

    /// <summary>The same rectangle with its corners in order (B5:A1 is A1:B5).</summary>
    public RangeReference Normalized() => this with
    {
        Row1 = Math.Min(Row1, Row2), Row2 = Math.Max(Row1, Row2),
        Column1 = Math.Min(Column1, Column2), Column2 = Math.Max(Column1, Column2),
    };
}
