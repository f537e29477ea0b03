using Hoshi.Core.Csv;
using Hoshi.Core.Excel;
using Hoshi.Core.Input;

namespace Hoshi.Core.Suppliers;

/// <summary>
/// Reads a supplier register from CSV (UTF-8, with or without BOM) or Excel (.xlsx, first sheet). The first row
/// holds headers, in Japanese, English or the column keys, in any order; unknown headers are refused so a typo
/// never drops a column silently. Only the layout is checked here. A workbook is read by <see cref="SafeWorkbook"/>
/// within <see cref="ExcelLimits"/>.
/// </summary>
public static class SupplierTableReader
{
    /// <summary>Suppliers in one file: a buyer's whole register, tens of thousands of suppliers for the largest.</summary>
    public const int MaxRows = 100_000;

    /// <summary>
    /// An Excel register: the header and <see cref="MaxRows"/> rows of the 17 columns Hoshi writes, with room for
    /// columns a person adds and leaves empty. Hoshi's own export of 100,000 suppliers unpacks to 99 MB
    /// (bench/workbooks); Excel writes the same more tersely.
    /// </summary>
    public static readonly WorkbookLimits ExcelLimits = new(MaxRows: MaxRows + 1, MaxColumns: 64, MaxCells: (MaxRows + 1) * 32, MaxUncompressedBytes: 256L << 20);

    public static SupplierTable Read(Stream input, string fileName)
    {
        var isExcel = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        return isExcel ? ReadExcel(input, fileName) : ReadCsv(input, fileName);
    }

    private static SupplierTable ReadCsv(Stream input, string fileName)
    {
        List<CsvRecord> records;
        try
        {
            using var reader = new StringReader(Decode(input, fileName));
            records = CsvReader.Read(reader).ToList();
        }
        catch (CsvFormatException e)
        {
            throw new InvalidInputException([new InputError(fileName, e.Line, e.Reason)]);
        }

        if (records.Count == 0)
        {
            throw new InvalidInputException([new InputError(fileName, 0, "the file is empty; the first row must hold the column headers")]);
        }

        var headers = records[0].Fields;
        var keys = MapHeaders(headers, records[0].Line, fileName, i => headers[i]);
        var rows = records.Skip(1).Select(r => new SupplierRow(r.Line, Cells(keys, i => i < r.Fields.Count ? r.Fields[i] : ""))).ToList();
        return Table(fileName, rows, keys.ToDictionary(k => k.Value.Key, k => headers[k.Key]));
    }

    private static SupplierTable ReadExcel(Stream input, string fileName)
    {
        var workbook = SafeWorkbook.Read(input, fileName, ExcelLimits);
        var sheet = workbook.Sheets.Count > 0 ? workbook.Sheets[0] : throw new InvalidInputException([new InputError(fileName, 0, "the workbook has no sheet")]);
        var where = workbook.Where(sheet);
        var lastColumn = sheet.Row(1)?.LastColumn ?? 0;
        if (lastColumn == 0)
        {
            throw new InvalidInputException([new InputError(where, 1, "the first row must hold the column headers")]);
        }

        var headers = Enumerable.Range(1, lastColumn).Select(c => sheet.Cell(1, c)).ToList();
        var keys = MapHeaders(headers, 1, where, i => CellReferences.Letters(i + 1));
        var rows = sheet.Rows.Where(r => r.Number >= 2 && !r.IsEmpty).Select(r => new SupplierRow(r.Number, Cells(keys, i => r[i + 1]))).ToList();
        return Table(where, rows, keys.ToDictionary(k => k.Value.Key, k => CellReferences.Letters(k.Key + 1)));
    }

    /// <summary>
    /// UTF-8 (with or without BOM), or else Shift_JIS (CP932), which Excel in Japan writes for plain "CSV": a
    /// file that is valid UTF-8 is read as UTF-8; anything else must be valid CP932.
    /// </summary>
    private static string Decode(Stream input, string fileName)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(System.Text.Encoding.UTF8.Preamble))
        {
            bytes = bytes[System.Text.Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            try
            {
                return System.Text.Encoding.GetEncoding(932, System.Text.EncoderFallback.ExceptionFallback, System.Text.DecoderFallback.ExceptionFallback).GetString(bytes);
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw new InvalidInputException([new InputError(fileName, 0, "the file is neither UTF-8 nor Shift_JIS text; save the CSV as UTF-8 (Excel: 「CSV UTF-8 (コンマ区切り)」)")]);
            }
        }
    }

    private static Dictionary<int, SupplierColumn> MapHeaders(IReadOnlyList<string> headers, int line, string where, Func<int, string> columnName)
    {
        var errors = new List<InputError>();
        var keys = new Dictionary<int, SupplierColumn>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(headers[i]))
            {
                continue;
            }

            var column = SupplierColumns.All.FirstOrDefault(c => c.Matches(headers[i]));
            if (column is null)
            {
                errors.Add(new InputError(where, line, $"unknown column 「{headers[i].Trim()}」", columnName(i)));
            }
            else if (keys.ContainsValue(column))
            {
                errors.Add(new InputError(where, line, $"the column 「{column.Japanese}」 appears twice", columnName(i)));
            }
            else
            {
                keys[i] = column;
            }
        }

        if (!keys.ContainsValue(SupplierColumns.Name))
        {
            errors.Add(new InputError(where, line, $"the column 「{SupplierColumns.Name.Japanese}」 (name) is required"));
        }

        return errors.Count > 0 ? throw new InvalidInputException(errors) : keys;
    }

    private static Dictionary<string, string> Cells(Dictionary<int, SupplierColumn> keys, Func<int, string> cell) =>
        keys.Where(k => !k.Value.ReadOnly).ToDictionary(k => k.Value.Key, k => cell(k.Key));

    private static SupplierTable Table(string where, List<SupplierRow> rows, Dictionary<string, string> columnNames)
    {
        rows.RemoveAll(r => r.Cells.Values.All(string.IsNullOrWhiteSpace));
        if (rows.Count > MaxRows)
        {
            throw new InvalidInputException([new InputError(where, 0, $"the file has {rows.Count} rows; at most {MaxRows} can be imported at once")]);
        }

        return new SupplierTable(where, rows, columnNames);
    }
}
