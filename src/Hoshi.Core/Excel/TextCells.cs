using ClosedXML.Excel;
using Hoshi.Core.Csv;

namespace Hoshi.Core.Excel;

/// <summary>
/// Text written into a workbook: always a string cell, never a formula, a number or a date (so "=HYPERLINK(…)"
/// typed by anyone stays text, and "27.10" or "2026-04-01" keep their characters). Text that looks like a formula
/// also gets Excel's quote prefix, so that editing the cell in Excel keeps it text.
/// </summary>
internal static class TextCells
{
    public static IXLCell SetText(this IXLCell cell, string? value)
    {
        value ??= "";
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        if (CsvFormulaGuard.LooksLikeFormula(value))
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        return cell;
    }
}
