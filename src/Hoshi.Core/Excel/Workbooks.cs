using ClosedXML.Excel;
using Hoshi.Core.Input;

namespace Hoshi.Core.Excel;

/// <summary>Opens a user's Excel file; anything that is not a readable .xlsx becomes one clear input error.</summary>
public static class Workbooks
{
    public static XLWorkbook Open(Stream input, string fileName)
    {
        try
        {
            return new XLWorkbook(input);
        }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or IOException or ArgumentException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new InvalidInputException([new InputError(fileName, 0, "this is not an Excel workbook (.xlsx) that Hoshi can read")]);
        }
    }
}
