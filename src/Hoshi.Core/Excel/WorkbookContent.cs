namespace Hoshi.Core.Excel;

/// <summary>
/// A workbook read by <see cref="SafeWorkbook"/>: every sheet's cells as text, in workbook order. A formula cell
/// holds the value Excel computed and saved; a number its shortest general form ("1234567890123", "0.5"); a
/// boolean TRUE or FALSE. Nothing here refers back to the file.
/// </summary>
public sealed class WorkbookContent(string fileName, IReadOnlyList<WorkbookSheet> sheets)
{
    public string FileName { get; } = fileName;

    public IReadOnlyList<WorkbookSheet> Sheets { get; } = sheets;

    public WorkbookSheet? Sheet(string name) => Sheets.FirstOrDefault(s => s.Name == name);

    /// <summary>How errors name a sheet of this file: "file.xlsx [Sheet1]".</summary>
    public string Where(WorkbookSheet sheet) => $"{FileName} [{sheet.Name}]";
}
