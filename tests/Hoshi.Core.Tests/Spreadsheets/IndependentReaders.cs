using System.Diagnostics;
using System.Text.Json;

namespace Hoshi.Core.Tests.Spreadsheets;

/// <summary>One cell as a spreadsheet program other than Hoshi reads it; <see cref="Type"/> is openpyxl's data type ("f" is a formula).</summary>
public sealed record ReadCell(string Sheet, string Reference, string Type, string? Value)
{
    public bool IsFormula => Type == "f";
}

/// <summary>
/// Opens files with software that is not Hoshi's: LibreOffice Calc opens a CSV as a user's spreadsheet would
/// (evaluating formulas), and openpyxl (Debian's python3-openpyxl) reads every cell of an .xlsx with its type.
/// ./test.sh installs both (libreoffice-calc, python3-openpyxl) when they are missing.
/// </summary>
internal static class IndependentReaders
{
    private const string Python = "/usr/bin/python3";

    private const string DumpCells = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        print(json.dumps([[sheet.title, cell.coordinate, cell.data_type, None if cell.value is None else str(cell.value)]
                          for sheet in book for row in sheet.iter_rows() for cell in row if cell.value is not None]))
        """;

    /// <summary>Every non-empty cell of the workbook at <paramref name="path"/>, as openpyxl reads it.</summary>
    public static IReadOnlyList<ReadCell> ReadXlsx(string path)
    {
        var output = Run(Python, ["-c", DumpCells, path]);
        return [.. JsonSerializer.Deserialize<string?[][]>(output)!.Select(c => new ReadCell(c[0]!, c[1]!, c[2]!, c[3]))];
    }

    public static IReadOnlyList<ReadCell> ReadXlsx(byte[] workbook)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hoshi-{Guid.NewGuid():N}.xlsx");
        try
        {
            File.WriteAllBytes(path, workbook);
            return ReadXlsx(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Opens every UTF-8 CSV file of <paramref name="directory"/> in LibreOffice Calc, in one run (a run takes
    /// seconds), and saves each as an .xlsx beside it: what a user's spreadsheet made of the file.
    /// </summary>
    public static void ConvertCsvToXlsx(string directory)
    {
        var files = Directory.GetFiles(directory, "*.csv");
        // 44 = comma, 34 = double quote, 76 = UTF-8; formulas are evaluated, as when a user opens the file.
        Run("soffice", [
            $"-env:UserInstallation=file://{Path.Combine(directory, "profile")}", "--headless", "--norestore",
            "--infilter=CSV:44,34,76", "--convert-to", "xlsx", "--outdir", directory, .. files]);
        foreach (var file in files.Where(f => !File.Exists(Path.ChangeExtension(f, ".xlsx"))))
        {
            throw new InvalidOperationException($"LibreOffice did not convert {file}");
        }
    }

    private static string Run(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{program} did not start; ./test.sh installs libreoffice-calc and python3-openpyxl");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Not a measurement: only a bound so that a hung converter fails the test instead of the whole run.
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{program} exited {process.ExitCode}: {error.Result}");
    }
}
