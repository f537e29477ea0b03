using Hoshi.Core.Suppliers;
using Hoshi.Data;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>The register (as filtered on the portfolio) as Excel or CSV, in the columns the import accepts.</summary>
public sealed class ExportModel(HoshiDbContext db, TimeProvider clock, Portfolio portfolio) : OrgPageModel(db, clock)
{
    protected override Access RequiredAccess => Access.Read;

    [FromRoute]
    public string Format { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public PortfolioFilter Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        var suppliers = await portfolio.Query(Org.Organization.Id, Filter, today).ToListAsync();
        var rows = suppliers.Select(s => SupplierRows.ToCells(s, today));
        var output = new MemoryStream();
        var name = $"suppliers-{today:yyyyMMdd}";
        switch (Format)
        {
            case "xlsx":
                SupplierTableWriter.WriteExcel(rows, Ui.Language, output);
                return File(output.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            case "csv":
                SupplierTableWriter.WriteCsv(rows, Ui.Language, output);
                return File(output.ToArray(), "text/csv; charset=utf-8", name + ".csv");
            default:
                return NotFound();
        }
    }
}
