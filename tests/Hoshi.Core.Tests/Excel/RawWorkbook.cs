using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Hoshi.Core.Tests.Excel;

/// <summary>
/// Writes .xlsx files by hand, part by part, the way a hostile or unusual file can be made: any sheet XML, shared
/// strings, defined names, an external link; and ZIP files that are no workbook at all.
/// </summary>
internal sealed class RawWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly List<(string Name, string Xml)> sheets = [];
    private readonly List<string> sharedStrings = [];
    private readonly List<string> definedNames = [];
    private readonly List<(string Name, byte[] Bytes, CompressionLevel Level)> extraEntries = [];

    public RawWorkbook Sheet(string name, string sheetData, string? dimension = null)
    {
        sheets.Add((name, $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}" xmlns:r="{Relationships}">{(dimension is null ? "" : $"""<dimension ref="{dimension}"/>""")}<sheetData>{sheetData}</sheetData></worksheet>"""));
        return this;
    }

    /// <summary>A sheet of text cells, one row per line, columns separated by tabs; a cell starting with "=" is a formula with no saved value.</summary>
    public RawWorkbook Grid(string name, params string[] rows) => Sheet(name, string.Concat(rows.Select((row, r) =>
        $"<row r=\"{r + 1}\">" + string.Concat(row.Split('\t').Select((value, c) => value.Length == 0 ? "" : value.StartsWith('=')
            ? $"<c r=\"{(char)('A' + c)}{r + 1}\"><f>{SecurityElement.Escape(value[1..])}</f></c>"
            : $"<c r=\"{(char)('A' + c)}{r + 1}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(value)}</t></is></c>")) + "</row>")));

    public RawWorkbook SharedString(string siXml)
    {
        sharedStrings.Add(siXml);
        return this;
    }

    public RawWorkbook Name(string name, string text, int? localSheet = null)
    {
        definedNames.Add($"<definedName name=\"{name}\"{(localSheet is { } s ? $" localSheetId=\"{s}\"" : "")}>{SecurityElement.Escape(text)}</definedName>");
        return this;
    }

    public RawWorkbook Entry(string name, byte[] bytes, CompressionLevel level = CompressionLevel.Optimal)
    {
        extraEntries.Add((name, bytes, level));
        return this;
    }

    public byte[] Bytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = new StringBuilder();
            overrides.Append("""<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
            var workbookRels = new StringBuilder();
            var sheetList = new StringBuilder();
            for (var i = 0; i < sheets.Count; i++)
            {
                overrides.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
                workbookRels.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i + 1}" Type="{Relationships}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>""");
                sheetList.Append(CultureInfo.InvariantCulture, $"""<sheet name="{SecurityElement.Escape(sheets[i].Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
                Add(zip, $"xl/worksheets/sheet{i + 1}.xml", sheets[i].Xml);
            }

            if (sharedStrings.Count > 0)
            {
                overrides.Append("""<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
                workbookRels.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rIdS" Type="{Relationships}/sharedStrings" Target="sharedStrings.xml"/>""");
                Add(zip, "xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}" count="{sharedStrings.Count}" uniqueCount="{sharedStrings.Count}">{string.Concat(sharedStrings)}</sst>""");
            }

            Add(zip, "[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>""");
            Add(zip, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{workbookRels}</Relationships>""");
            var names = definedNames.Count > 0 ? $"<definedNames>{string.Concat(definedNames)}</definedNames>" : "";
            Add(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets>{sheetList}</sheets>{names}</workbook>""");
            foreach (var (name, bytes, level) in extraEntries)
            {
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A ZIP holding the given entries and nothing of a workbook.</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                Add(zip, name, text);
            }
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var entry = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        entry.Write(text);
    }
}
