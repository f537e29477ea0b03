using ClosedXML.Excel;
using Hoshi.Core.Csv;
using Hoshi.Core.Excel;

namespace Hoshi.Core.Suppliers;

/// <summary>
/// Writes a supplier register as CSV (UTF-8 with BOM, which Excel in Japan opens correctly) or Excel, with the
/// same columns the reader accepts, so an export can be edited and imported back. Neither form lets a spreadsheet
/// evaluate a cell: CSV through <see cref="CsvFormulaGuard"/>, Excel through string cells.
/// </summary>
public static class SupplierTableWriter
{
    public static void WriteCsv(IEnumerable<IReadOnlyDictionary<string, string?>> rows, string language, Stream output)
    {
        using var text = new StreamWriter(output, new System.Text.UTF8Encoding(true), leaveOpen: true);
        var writer = new CsvWriter(text);
        writer.WriteRecord(SupplierColumns.All.Select(c => Header(c, language)));
        foreach (var row in rows)
        {
            writer.WriteRecord(SupplierColumns.All.Select(c => row.TryGetValue(c.Key, out var v) ? v : null));
        }
    }

    public static void WriteExcel(IEnumerable<IReadOnlyDictionary<string, string?>> rows, string language, Stream output)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(language == "ja" ? "取引先" : "Suppliers");
        for (var c = 0; c < SupplierColumns.All.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetText(Header(SupplierColumns.All[c], language));
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = SupplierColumns.All[c].ReadOnly ? XLColor.LightGray : XLColor.LightSteelBlue;
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < SupplierColumns.All.Count; c++)
            {
                // Text everywhere: a corporate number must keep its digits, never become 1.23E+12, and a name
                // that begins with "=" is text, never a formula.
                sheet.Cell(r, c + 1).SetText(row.TryGetValue(SupplierColumns.All[c].Key, out var v) ? v : null);
            }

            r++;
        }

        sheet.Column(1).Hide();
        sheet.SheetView.FreezeRows(1);
        sheet.Columns(2, SupplierColumns.All.Count).Width = 18;
        workbook.SaveAs(output);
    }

    private static string Header(SupplierColumn column, string language) => language == "ja" ? column.Japanese : column.English;
}
