using Hoshi.Core.Catalogs;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>The buyer's portfolio: where every supplier stands against the ★ it needs, with filters and exports.</summary>
public sealed class IndexModel(HoshiDbContext db, TimeProvider clock, Portfolio portfolio, CatalogLibrary catalogs) : OrgPageModel(db, clock)
{
    protected override Access RequiredAccess => Access.Read;

    [BindProperty(SupportsGet = true)]
    public PortfolioFilter Filter { get; set; } = new();

    public PortfolioSummary Summary { get; private set; } = null!;
    public IReadOnlyList<(string RequirementId, int Suppliers)> MostMissed { get; private set; } = [];
    public IReadOnlyList<Supplier> Suppliers { get; private set; } = [];
    public int Matching { get; private set; }
    public int Pages => Math.Max(1, (Matching + Portfolio.PageSize - 1) / Portfolio.PageSize);
    public DateOnly Today { get; private set; }
    public Catalog? Catalog => catalogs.Resolve(null);

    public async Task OnGetAsync()
    {
        Today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        Summary = await portfolio.SummarizeAsync(Org.Organization.Id, Today);
        MostMissed = await portfolio.MostMissedAsync(Org.Organization.Id);
        var query = portfolio.Query(Org.Organization.Id, Filter, Today);
        Matching = await query.CountAsync();
        Filter.PageNumber = Math.Clamp(Filter.PageNumber, 1, Pages);
        Suppliers = await query.Skip((Filter.PageNumber - 1) * Portfolio.PageSize).Take(Portfolio.PageSize).ToListAsync();
    }

    /// <summary>The query string of the current filter with one value changed, for sort and page links.</summary>
    public string Link(string? sort = null, int? page = null, string? status = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Filter.Q,
            ["status"] = status ?? Filter.Status,
            ["required"] = Filter.Required?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["important"] = Filter.Important ? "true" : null,
            ["sort"] = sort ?? Filter.Sort,
            ["pageNumber"] = page is { } p && p > 1 ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/o/{Org.Organization.Id}/suppliers",
            values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value));
    }
}
