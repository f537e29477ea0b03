using System.Globalization;
using System.Xml;

namespace Hoshi.Core.Excel;

/// <summary>
/// Reads one worksheet's XML streaming: checks the declared dimension before any cell, then every row and cell
/// against the limits as it goes (so a file stops costing the moment it passes them), keeps each cell's text when
/// asked to, and collects the formulas for <see cref="SafeWorkbook"/> to check.
/// </summary>
internal sealed class WorksheetScanner(
    int sheetIndex, string sheetName, WorkbookLimits limits, WorkbookProblems problems, IReadOnlyList<string>? sharedStrings, List<FormulaCell> formulas)
{
    private int row;
    private int column;
    private int rows;

    /// <summary>Cells read so far in the whole workbook.</summary>
    public int Cells { get; set; }

    /// <summary>Scans the sheet; returns its cells as text when shared strings were given (values are kept), else null.</summary>
    public WorkbookSheet? Scan(Stream part)
    {
        var keep = sharedStrings is not null;
        var sheetRows = new List<WorkbookRow>();
        var cells = new List<(int Column, string Value)>();
        using var reader = SheetXml.Open(part, limits.MaxUncompressedBytes);
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "sheetData")
            {
                break; // what follows the cells (merged cells, print setup) is not read
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "dimension":
                    CheckDimension(reader.GetAttribute("ref"));
                    break;
                case "row":
                    StartRow(reader.GetAttribute("r"));
                    cells.Clear();
                    if (reader.IsEmptyElement)
                    {
                        break;
                    }

                    reader.Read();
                    ReadCells(reader, keep ? cells : null);
                    if (cells.Count > 0)
                    {
                        sheetRows.Add(new WorkbookRow(row, cells));
                    }

                    continue;
            }

            reader.Read();
        }

        return keep ? new WorkbookSheet(sheetName, sheetRows) : null;
    }

    /// <summary>The dimension (A1:Q160) says how far the sheet reaches before a cell is read; one beyond the limits is refused at once.</summary>
    private void CheckDimension(string? reference)
    {
        var last = reference?.Split(':')[^1];
        if (last is not null && CellReferences.TryParse(last.Replace("$", "", StringComparison.Ordinal), out var lastRow, out var lastColumn)
            && (lastRow > limits.MaxRows || lastColumn > limits.MaxColumns))
        {
            throw problems.Refuse(sheetName, 0, 0,
                $"the sheet declares cells up to {last} (dimension {reference}); Hoshi reads at most {limits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows and " +
                $"{limits.MaxColumns} columns (up to {CellReferences.Name(limits.MaxRows, limits.MaxColumns)}) of this kind of file: delete the rows and columns beyond the data");
        }
    }

    private void StartRow(string? number)
    {
        row = number is null ? row + 1 : CellReferences.TryParseRow(number, out var r) ? r : throw problems.Refuse(sheetName, 0, 0, $"a row numbered \"{number}\" is not a row of a worksheet");
        column = 0;
        if (row > limits.MaxRows || ++rows > limits.MaxRows)
        {
            throw problems.Refuse(sheetName, row, 0,
                $"the sheet reaches row {row.ToString("N0", CultureInfo.InvariantCulture)}; Hoshi reads at most {limits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows of this kind of file: delete the rows below the data");
        }
    }

    /// <summary>Reads the cells of the current row; leaves the reader after the row.</summary>
    private void ReadCells(XmlReader reader, List<(int Column, string Value)>? cells)
    {
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row"))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                ReadCell(reader, cells);
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
                continue;
            }

            reader.Read();
        }

        reader.Read();
    }

    private void ReadCell(XmlReader reader, List<(int Column, string Value)>? cells)
    {
        var reference = reader.GetAttribute("r");
        column = reference is null ? column + 1 : CellReferences.TryParse(reference, out _, out var c) ? c : throw problems.Refuse(sheetName, row, 0, $"\"{reference}\" is not a cell reference");
        if (column > limits.MaxColumns)
        {
            throw problems.Refuse(sheetName, row, column,
                $"the sheet reaches column {CellReferences.Letters(column)}; Hoshi reads at most {limits.MaxColumns} columns (up to {CellReferences.Letters(limits.MaxColumns)}) of this kind of file: delete the columns beyond the data");
        }

        if (++Cells > limits.MaxCells)
        {
            throw problems.Refuse(sheetName, row, column, $"the workbook holds more than {limits.MaxCells.ToString("N0", CultureInfo.InvariantCulture)} cells, more than Hoshi reads of this kind of file");
        }

        var type = reader.GetAttribute("t");
        string? value = null;
        string? inline = null;
        string? formula = null;
        string? sharedIndex = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "v":
                            value = reader.ReadElementContentAsString();
                            continue;
                        case "f":
                            sharedIndex = reader.GetAttribute("t") == "shared" ? reader.GetAttribute("si") : null;
                            formula = reader.ReadElementContentAsString();
                            continue;
                        case "is":
                            inline = SheetXml.ReadText(reader);
                            continue;
                        default:
                            reader.Skip();
                            continue;
                    }
                }

                reader.Read();
            }
        }

        reader.Read();
        if (formula is not null && formulas.Count < WorkbookLimits.MaxFormulas)
        {
            formulas.Add(new FormulaCell(sheetIndex, row, column, formula, sharedIndex, value is not null));
        }
        else if (formula is not null)
        {
            throw problems.Refuse(sheetName, row, column, $"the workbook holds more than {WorkbookLimits.MaxFormulas.ToString("N0", CultureInfo.InvariantCulture)} formulas, more than Hoshi checks");
        }

        if (cells is not null)
        {
            cells.Add((column, Text(type, value, inline)));
        }
    }

    /// <summary>A cell's value as text, as Excel's General format shows it.</summary>
    private string Text(string? type, string? value, string? inline)
    {
        switch (type)
        {
            case "s" when string.IsNullOrEmpty(value):
                return ""; // ClosedXML writes an empty text cell as a string cell without a value
            case "s":
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings!.Count)
                {
                    return sharedStrings[index];
                }

                problems.Add(sheetName, row, column, $"the cell refers to shared string {value}, which the workbook does not have");
                return "";
            case "inlineStr":
                return inline ?? value ?? "";
            case "b":
                return value switch { "1" => "TRUE", "0" => "FALSE", _ => value ?? "" };
            case null or "n":
                // Excel saves up to 17 significant digits and shows 15 (0.1+0.2 is 0.3); integers such as a
                // corporate number keep all their digits.
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number.ToString("G15", CultureInfo.InvariantCulture)
                    : value ?? "";
            default: // "str" (a formula's text), "e" (an error such as #N/A), "d" (an ISO date)
                return value ?? "";
        }
    }
}
