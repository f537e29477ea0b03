using Hoshi.Core.Input;
using Hoshi.Core.Suppliers;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>
/// Adds and updates thousands of suppliers from CSV or Excel, all or nothing: every problem is listed with its row
/// and column, and nothing is written unless every row is valid.
/// </summary>
public sealed class ImportModel(HoshiDbContext db, TimeProvider clock, SupplierCommands commands) : OrgPageModel(db, clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    protected override Access RequiredAccess => Access.Edit;

    public IReadOnlyList<(string Where, string Column, string Message)> Problems { get; private set; } = [];
    public SupplierImportResult? Result { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("", Ui.T("CSVまたはExcelファイルを選んでください。", "Choose a CSV or Excel file."));
            return Page();
        }

        FileName = Path.GetFileName(file.FileName);
        if (file.Length > MaxBytes)
        {
            ModelState.AddModelError("", Ui.T($"ファイルが大きすぎます（上限 {MaxBytes / 1024 / 1024} MB）。", $"The file is too large (limit {MaxBytes / 1024 / 1024} MB)."));
            return Page();
        }

        if (!FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("", Ui.T("読み込めるのは .csv と .xlsx のファイルです。", "Only .csv and .xlsx files can be imported."));
            return Page();
        }

        SupplierTable table;
        try
        {
            await using var stream = file.OpenReadStream();
            table = SupplierTableReader.Read(stream, FileName);
        }
        catch (InvalidInputException e)
        {
            Problems = e.Errors.Select(x => (Where(x.File, x.Line), x.Column ?? "", ImportErrorText.Of(null, x.Reason))).ToList();
            return Page();
        }

        var rows = SupplierRows.FromTable(table);
        try
        {
            Result = await commands.ImportAsync(Org.Organization.Id, rows, FileName, Actor);
        }
        catch (SupplierImportException e)
        {
            var column = SupplierColumns.All.ToDictionary(c => c.Key, table.NameOf);
            Problems = e.Errors
                .Select(x => (Where(table.Location, x.Line), column.GetValueOrDefault(x.Field, x.Field), ImportErrorText.Of(x.Field, x.Reason))).ToList();
        }

        return Page();
    }

    private static string Where(string file, int line) => line > 0 ? Ui.T($"{file} {line}行目", $"{file} line {line}") : file;
}
