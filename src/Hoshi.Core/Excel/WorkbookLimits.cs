namespace Hoshi.Core.Excel;

/// <summary>
/// How much of a workbook Hoshi reads before it refuses it: each kind of file gets limits that fit the real
/// files with room to spare, so that a small file cannot cost seconds and gigabytes (one cell at A1048576, a ZIP
/// bomb). Rows and columns are checked against the sheet's declared dimension before its cells are read, and
/// again while they are read (a dimension may lie).
/// </summary>
/// <param name="MaxRows">The last row number a sheet may use.</param>
/// <param name="MaxColumns">The last column number a sheet may use (64 is BL).</param>
/// <param name="MaxCells">Cells in the whole workbook, empty ones written in the file included.</param>
/// <param name="MaxUncompressedBytes">The ZIP's entries unpacked, all together.</param>
public sealed record WorkbookLimits(int MaxRows, int MaxColumns, int MaxCells, long MaxUncompressedBytes)
{
    /// <summary>Files in the ZIP: a workbook has a dozen or two (sheets, styles, strings, a theme, relationships).</summary>
    public const int MaxEntries = 1_000;

    /// <summary>
    /// Unpacked to packed size of one entry. Sheet XML compresses 10 to 30 times; a ZIP bomb hundreds or
    /// thousands of times. Apache POI refuses above 100 too.
    /// </summary>
    public const int MaxCompressionRatio = 100;

    /// <summary>Entries smaller than this unpacked are never a bomb, whatever their ratio (a style sheet of repeated elements).</summary>
    public const long RatioCheckedFrom = 1 << 20;

    /// <summary>Formulas are parsed for their references to find circles; a workbook with more is refused.</summary>
    public const int MaxFormulas = 200_000;

    /// <summary>
    /// A small workbook of a few hundred rows such as IPA's catalog workbook (about 160 rows): what
    /// <see cref="Workbooks.Open(Stream, string)"/> allows before ClosedXML loads it (ClosedXML holds every cell as an object).
    /// </summary>
    public static WorkbookLimits Small { get; } = new(MaxRows: 5_000, MaxColumns: 256, MaxCells: 200_000, MaxUncompressedBytes: 64L << 20);
}
