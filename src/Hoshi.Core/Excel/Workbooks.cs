using ClosedXML.Excel;
using Hoshi.Core.Input;

namespace Hoshi.Core.Excel;

/// <summary>
/// Opens a user's Excel file with ClosedXML, for a reader that needs its object model: the file first passes
/// <see cref="SafeWorkbook.Check"/> (bounded ZIP, dimensions, rows and cells; no formula without a saved value,
/// reaching outside the workbook or circular), so ClosedXML never sees a file that would cost it seconds and
/// gigabytes. Anything that is not a readable .xlsx becomes one clear input error. Readers of large files use
/// <see cref="SafeWorkbook.Read"/> instead, which reads streaming.
/// </summary>
public static class Workbooks
{
    /// <summary>Opens a small workbook (<see cref="WorkbookLimits.Small"/>).</summary>
    public static XLWorkbook Open(Stream input, string fileName) => Open(input, fileName, WorkbookLimits.Small);

    public static XLWorkbook Open(Stream input, string fileName, WorkbookLimits limits)
    {
        // A copy of a stream that cannot seek stays with ClosedXML's workbook, as the stream would.
        var (stream, _) = SafeWorkbook.Seekable(input, limits, new WorkbookProblems(fileName));
        SafeWorkbook.Check(stream, fileName, limits);
        try
        {
            return new XLWorkbook(stream);
        }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or IOException or ArgumentException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new InvalidInputException([new InputError(fileName, 0, "this is not an Excel workbook (.xlsx) that Hoshi can read")]);
        }
    }
}
