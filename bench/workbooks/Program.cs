// Workbook benchmarks (issue 12, "small workbooks that cost a lot"): each case runs in its own process, so that its
// peak working set is its own, and prints the file's size, what the reader answered, the time and the peak memory.
// Without arguments: makes the files in a temporary folder and runs every case; with "--case NAME FILE": one case.
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Excel;
using Hoshi.Core.Input;
using Hoshi.Core.Suppliers;

if (args is ["--case", var caseReader, var caseFile])
{
    RunCase(caseReader, caseFile);
    return;
}

var folder = Directory.CreateTempSubdirectory("hoshi-bench-workbooks-").FullName;
try
{
    var files = new (string Name, string Description, string File, string Reader)[]
    {
        ("empty", "the process alone (no file read)", Make(folder, "empty.xlsx", _ => { }), "none"),
        ("far-cell", "one cell at A1048576 (ClosedXML-made, dimension A1048576)", Make(folder, "far.xlsx", s => s.Cell(1_048_576, 1).Value = 1), "suppliers"),
        ("far-cell-x4", "the same file, four at once", Path.Combine(folder, "far.xlsx"), "suppliers-x4"),
        ("far-cell-no-dimension", "one cell at A1048576, no dimension element", NoDimension(folder), "suppliers"),
        ("rows-60000", "60,000 rows of one column (accepted: the register takes 100,000)", Rows(folder, "rows60k.xlsx", 60_000, dimension: true), "suppliers"),
        ("rows-120000", "120,000 rows, with its dimension", Rows(folder, "rows120k.xlsx", 120_000, dimension: true), "suppliers"),
        ("rows-120000-no-dimension", "120,000 rows, no dimension (refused while streaming)", Rows(folder, "rows120k-nodim.xlsx", 120_000, dimension: false), "suppliers"),
        ("register-100000", "Hoshi's own Excel export of 100,000 suppliers, 17 columns", Register(folder, 100_000), "suppliers"),
        ("zip-bomb", "a sheet that unpacks to 1 GiB", Bomb(folder), "suppliers"),
        ("check-sheet", "Hoshi's ★4 check sheet (152 criteria)", CheckSheet(folder), "check-sheet"),
    };

    Console.WriteLine("| case | file | size | unpacked | answer | time | peak working set |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    foreach (var (name, description, file, reader) in files)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        foreach (var a in new[] { typeof(Program).Assembly.Location, "--case", reader, file })
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start)!;
        var line = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        long unpacked;
        using (var zip = ZipFile.OpenRead(file))
        {
            unpacked = zip.Entries.Sum(e => e.Length);
        }

        Console.WriteLine($"| {name} | {description} | {Size(new FileInfo(file).Length)} | {Size(unpacked)} | {line} |");
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static void RunCase(string reader, string file)
{
    // The first workbook a process reads also pays for loading and compiling the reader (about half a second
    // here): a small valid one first, so that the time is the case's own.
    if (reader != "none")
    {
        SafeWorkbook.Read(File.OpenRead(Path.Combine(Path.GetDirectoryName(file)!, "empty.xlsx")), "warm-up.xlsx", WorkbookLimits.Small);
    }

    var clock = Stopwatch.StartNew();
    string answer;
    try
    {
        answer = reader switch
        {
            "none" => "-",
            "suppliers" => $"read {SupplierTableReader.Read(File.OpenRead(file), "f.xlsx").Rows.Count:N0} rows",
            "suppliers-x4" => string.Join(", ", Enumerable.Range(0, 4).AsParallel().Select(_ => Answer(() => $"{SupplierTableReader.Read(File.OpenRead(file), "f.xlsx").Rows.Count} rows")).Distinct()),
            "check-sheet" => $"read {CheckSheetReader.Read(File.OpenRead(file), "f.xlsx", CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!, Guid.Empty, 4).Count} rows",
            _ => throw new ArgumentException(reader),
        };
    }
    catch (InvalidInputException e)
    {
        answer = Refused(e);
    }

    clock.Stop();
    using var self = Process.GetCurrentProcess();
    Console.WriteLine($"{answer} | {clock.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms | {(self.PeakWorkingSet64 / 1024 / 1024).ToString("N0", CultureInfo.InvariantCulture)} MB");
}

static string Size(long bytes) => bytes < 1 << 20
    ? $"{(bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture)} KB"
    : $"{(bytes / 1024.0 / 1024).ToString("N1", CultureInfo.InvariantCulture)} MB";

static string Answer(Func<string> read)
{
    try
    {
        return read();
    }
    catch (InvalidInputException e)
    {
        return Refused(e);
    }
}

static string Refused(InvalidInputException e)
{
    var reason = e.Errors[0].Reason;
    return "refused: " + (reason.Length > 70 ? reason[..70] + "…" : reason).Replace("|", "\\|", StringComparison.Ordinal);
}

static string Make(string folder, string name, Action<IXLWorksheet> fill)
{
    var path = Path.Combine(folder, name);
    using var workbook = new XLWorkbook();
    var sheet = workbook.AddWorksheet("取引先");
    sheet.Cell(1, 1).Value = "取引先名";
    fill(sheet);
    workbook.SaveAs(path);
    return path;
}

static string Rows(string folder, string name, int rows, bool dimension)
{
    var data = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>取引先名</t></is></c></row>");
    for (var r = 2; r <= rows + 1; r++)
    {
        data.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>S{r}</t></is></c></row>");
    }

    return RawWorkbook(folder, name, data.ToString(), dimension ? $"A1:A{rows + 1}" : null);
}

static string NoDimension(string folder) =>
    RawWorkbook(folder, "far-nodim.xlsx", "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>", null);

/// <summary>A sheet of 1 GiB of padding between two rows: a ZIP of about 1 MB.</summary>
static string Bomb(string folder)
{
    var path = Path.Combine(folder, "bomb.xlsx");
    using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
    {
        WriteSkeleton(zip);
        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
        sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"u8);
        var padding = new byte[1 << 20];
        padding.AsSpan().Fill((byte)' ');
        for (var i = 0; i < 1024; i++)
        {
            sheet.Write(padding);
        }

        sheet.Write("</sheetData></worksheet>"u8);
    }

    return path;
}

static string Register(string folder, int count)
{
    var path = Path.Combine(folder, "register.xlsx");
    var rows = Enumerable.Range(1, count).Select(i => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
    {
        ["id"] = Guid.CreateVersion7().ToString(), ["name"] = $"株式会社サンプル{i}", ["corporate_number"] = (1_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture),
        ["relationship"] = "部品の製造委託", ["information_exchanged"] = "図面", ["exchange_method"] = "メール", ["connected_systems"] = "なし",
        ["tags"] = "製造,関東", ["owner"] = "調達部 佐藤", ["contact_name"] = "田中", ["contact_email"] = $"s{i}@example.jp", ["contact_phone"] = "03-1234-5678",
        ["important"] = i % 10 == 0 ? "はい" : "いいえ", ["required_level"] = "★3", ["status"] = "回答済", ["obtained_level"] = "★3", ["valid_until"] = "2027-03-31",
    });
    using var output = File.Create(path);
    SupplierTableWriter.WriteExcel(rows, "ja", output);
    return path;
}

static string CheckSheet(string folder)
{
    var path = Path.Combine(folder, "check.xlsx");
    using var output = File.Create(path);
    CheckSheetWriter.Write(output, CatalogLibrary.BuiltIn().Resolve("meti-scs@1")!, Guid.Empty, "自己評価", 4, new Dictionary<string, CheckSheetAnswer>(), DateTimeOffset.UnixEpoch);
    return path;
}

static string RawWorkbook(string folder, string name, string sheetData, string? dimension)
{
    var path = Path.Combine(folder, name);
    using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
    WriteSkeleton(zip);
    using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
    sheet.Write($"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">{(dimension is null ? "" : $"<dimension ref=\"{dimension}\"/>")}<sheetData>{sheetData}</sheetData></worksheet>");
    return path;
}

static void WriteSkeleton(ZipArchive zip)
{
    void Add(string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    Add("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
    Add("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    Add("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    Add("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"取引先\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
}
