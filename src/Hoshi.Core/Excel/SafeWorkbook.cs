using System.Globalization;
using System.IO.Compression;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hoshi.Core.Input;

namespace Hoshi.Core.Excel;

/// <summary>
/// The one way Hoshi reads a workbook someone uploaded. Before anything is parsed, the ZIP is bounded (entries,
/// unpacked size, compression ratio) and must hold a workbook; each sheet's declared dimension is checked before
/// its cells, and every row and cell while they are read, streaming, so a file stops costing the moment it passes
/// <see cref="WorkbookLimits"/>. Formulas are read for their saved values only, never evaluated, and a workbook is
/// refused, with sheet and cell named, when a formula has no saved value, reaches another workbook, another program
/// (DDE) or the network, or is circular.
/// </summary>
public static class SafeWorkbook
{
    private const string NoWorkbook = "it holds no workbook (a ZIP file, but no Excel workbook in it)";

    /// <summary>Reads every sheet's cells as text, or throws <see cref="InvalidInputException"/> with each problem's sheet and cell.</summary>
    public static WorkbookContent Read(Stream input, string fileName, WorkbookLimits limits) => Load(input, fileName, limits, keepValues: true)!;

    /// <summary>
    /// The same checks as <see cref="Read"/> without keeping any value: for a reader that then loads the file
    /// another way (<see cref="Workbooks.Open(Stream, string)"/>). Leaves a seekable <paramref name="input"/> where it was.
    /// </summary>
    public static void Check(Stream input, string fileName, WorkbookLimits limits) => Load(input, fileName, limits, keepValues: false);

    private static WorkbookContent? Load(Stream input, string fileName, WorkbookLimits limits, bool keepValues)
    {
        var problems = new WorkbookProblems(fileName);
        var (stream, start) = Seekable(input, limits, problems);
        try
        {
            CheckZip(stream, limits, problems);
            stream.Position = start;
            using var document = Open(stream, limits, problems);
            var workbookPart = document.WorkbookPart ?? throw NotAWorkbook(problems, NoWorkbook);
            var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sharedStrings = keepValues ? SharedStrings(workbookPart, limits) : null;
            var formulas = new List<FormulaCell>();
            var read = new List<WorkbookSheet>();
            var cells = 0;
            for (var i = 0; i < sheets.Count; i++)
            {
                var name = sheets[i].Name?.Value ?? "";
                var part = sheets[i].Id?.Value is { } id && workbookPart.TryGetPartById(id, out var p) ? p : null;
                if (part is not WorksheetPart)
                {
                    continue; // a chart sheet or a missing part holds no cells
                }

                var scanner = new WorksheetScanner(i, name, limits, problems, sharedStrings, formulas) { Cells = cells };
                using var partStream = part.GetStream(FileMode.Open, FileAccess.Read);
                if (scanner.Scan(partStream) is { } sheet)
                {
                    read.Add(sheet);
                }

                cells = scanner.Cells;
            }

            FormulaChecks.Run([.. sheets.Select(s => s.Name?.Value ?? "")], DefinedNames(workbookPart), formulas, problems);
            problems.ThrowIfAny();
            return keepValues ? new WorkbookContent(fileName, read) : null;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException
            or IOException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw NotAWorkbook(problems, "it cannot be read");
        }
        finally
        {
            if (stream != input)
            {
                stream.Dispose();
            }
            else
            {
                input.Position = start;
            }
        }
    }

    /// <summary>A ZIP is read from its end: a stream that cannot seek (a network body) is copied first, as far as any workbook of this kind can reach.</summary>
    internal static (Stream Stream, long Start) Seekable(Stream input, WorkbookLimits limits, WorkbookProblems problems)
    {
        if (input.CanSeek)
        {
            return (input, input.Position);
        }

        var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limits.MaxUncompressedBytes)
            {
                throw problems.Refuse(null, 0, 0, $"the file is larger than {Megabytes(limits.MaxUncompressedBytes)}, more than Hoshi reads of this kind of workbook");
            }
        }

        copy.Position = 0;
        return (copy, 0);
    }

    /// <summary>
    /// The ZIP's own directory, read before any entry is unpacked: how many entries, how large unpacked, how
    /// compressed. .NET's ZipArchive stops unpacking an entry at its declared size, so these bounds hold.
    /// </summary>
    private static void CheckZip(Stream stream, WorkbookLimits limits, WorkbookProblems problems)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw NotAWorkbook(problems, "it is not even a ZIP file");
        }

        using (zip)
        {
            if (zip.Entries.Count > WorkbookLimits.MaxEntries)
            {
                throw problems.Refuse(null, 0, 0, $"the file holds {zip.Entries.Count.ToString("N0", CultureInfo.InvariantCulture)} parts; a workbook holds at most {WorkbookLimits.MaxEntries.ToString("N0", CultureInfo.InvariantCulture)}");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limits.MaxUncompressedBytes)
                {
                    throw problems.Refuse(null, 0, 0, $"the file unpacks to more than {Megabytes(limits.MaxUncompressedBytes)}, more than Hoshi reads of this kind of workbook");
                }

                if (entry.Length >= WorkbookLimits.RatioCheckedFrom && entry.Length > entry.CompressedLength * WorkbookLimits.MaxCompressionRatio)
                {
                    var ratio = entry.Length / Math.Max(entry.CompressedLength, 1);
                    throw problems.Refuse(null, 0, 0, $"the part {entry.FullName} is compressed {ratio.ToString("N0", CultureInfo.InvariantCulture)} to 1, more than the {WorkbookLimits.MaxCompressionRatio} to 1 of any real workbook (a ZIP bomb?)");
                }
            }
        }
    }

    private static SpreadsheetDocument Open(Stream stream, WorkbookLimits limits, WorkbookProblems problems)
    {
        try
        {
            return SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxUncompressedBytes });
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException or IOException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw NotAWorkbook(problems, NoWorkbook);
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbookPart, WorkbookLimits limits)
    {
        if (workbookPart.SharedStringTablePart is not { } part)
        {
            return [];
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return SheetXml.ReadSharedStrings(stream, limits.MaxUncompressedBytes);
    }

    private static List<(string Name, int? SheetIndex, string Text)> DefinedNames(WorkbookPart workbookPart) =>
        workbookPart.Workbook?.DefinedNames?.Elements<DefinedName>()
            .Select(n => (n.Name?.Value ?? "", n.LocalSheetId?.Value is { } local ? (int?)local : null, n.Text ?? ""))
            .ToList() ?? [];

    private static InvalidInputException NotAWorkbook(WorkbookProblems problems, string why) =>
        problems.Refuse(null, 0, 0, $"this is not an Excel workbook (.xlsx) that Hoshi can read: {why}");

    private static string Megabytes(long bytes) => $"{(bytes / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture)} MB";
}
