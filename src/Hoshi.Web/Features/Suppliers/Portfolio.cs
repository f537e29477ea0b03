using System.Linq.Expressions;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>What the buyer filters the register by. Every field is optional; the defaults show everyone.</summary>
public sealed class PortfolioFilter
{
    public string? Q { get; set; }
    public string? Status { get; set; }
    public int? Required { get; set; }
    public bool Important { get; set; }
    public string? Sort { get; set; }

    /// <summary>Bound from "pageNumber": "page" is Razor Pages' own route value and never reaches a model.</summary>
    public int PageNumber { get; set; } = 1;
}

/// <summary>The counts at the top of the portfolio (and of the dashboard's supplier notice).</summary>
/// <param name="Matrix">Suppliers by required ★ (null = not decided) and valid obtained ★ (null = none).</param>
public sealed record PortfolioSummary(
    int Total,
    IReadOnlyDictionary<(int? Required, int? Obtained), int> Matrix,
    int Meeting,
    int ShortOfRequired,
    int Undecided,
    int OverdueRequests,
    int AwaitingReview,
    int ExpiringSoon,
    int Expired,
    int ImportantDueForCheck);

/// <summary>
/// The buyer's portfolio queries. Written for 10,000 suppliers: the counts are grouped in the database over
/// indexed columns of one table, and the list reads one page.
/// </summary>
public sealed class Portfolio(HoshiDbContext db)
{
    public const int PageSize = 50;
    public const int ExpiringWithinDays = 90;
    public const int YearlyCheckWarningDays = 30;

    public async Task<PortfolioSummary> SummarizeAsync(Guid organizationId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var soon = today.AddDays(ExpiringWithinDays);
        var checkBefore = today.AddDays(YearlyCheckWarningDays).AddYears(-1);
        var suppliers = db.Suppliers.AsNoTracking().Where(s => s.OrganizationId == organizationId);
        var groups = await suppliers
            .GroupBy(s => new
            {
                s.RequiredLevel,
                Obtained = s.ValidUntil != null && s.ValidUntil >= today ? s.ObtainedLevel : null,
                s.Status,
                Overdue = s.RequestDueOn != null && s.RequestDueOn < today,
                Expiring = s.ValidUntil != null && s.ValidUntil >= today && s.ValidUntil <= soon,
                Expired = s.ValidUntil != null && s.ValidUntil < today,
                DueForCheck = s.Important && s.CheckedOn != null && s.CheckedOn <= checkBefore,
            })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var matrix = groups.GroupBy(g => (g.Key.RequiredLevel, g.Key.Obtained)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));

        return new PortfolioSummary(
            groups.Sum(g => g.Count),
            matrix,
            groups.Where(g => g.Key.RequiredLevel is { } r && g.Key.Obtained >= r).Sum(g => g.Count),
            groups.Where(g => g.Key.RequiredLevel is { } r && !(g.Key.Obtained >= r)).Sum(g => g.Count),
            groups.Where(g => g.Key.RequiredLevel is null).Sum(g => g.Count),
            groups.Where(g => g.Key.Overdue && g.Key.Status is SupplierStatus.Requested or SupplierStatus.Returned).Sum(g => g.Count),
            groups.Where(g => g.Key.Status == SupplierStatus.Answered).Sum(g => g.Count),
            groups.Where(g => g.Key.Expiring).Sum(g => g.Count),
            groups.Where(g => g.Key.Expired).Sum(g => g.Count),
            groups.Where(g => g.Key.DueForCheck).Sum(g => g.Count));
    }

    /// <summary>The ten requirements accepted answers leave unmet most often, with how many suppliers miss each.</summary>
    public async Task<IReadOnlyList<(string RequirementId, int Suppliers)>> MostMissedAsync(Guid organizationId, CancellationToken cancellationToken = default)
    {
        var missed = await db.SupplierGaps.AsNoTracking()
            .Where(g => g.OrganizationId == organizationId)
            .GroupBy(g => g.RequirementId)
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key)
            .Take(10)
            .ToListAsync(cancellationToken);
        return missed.Select(m => (m.Key, m.Count)).ToList();
    }

    /// <summary>An open request past its due date.</summary>
    public static Expression<Func<Supplier, bool>> Overdue(DateOnly today) =>
        s => (s.Status == SupplierStatus.Requested || s.Status == SupplierStatus.Returned) && s.RequestDueOn < today;

    /// <summary>A ★ still valid today whose validity ends within <paramref name="days"/>.</summary>
    public static Expression<Func<Supplier, bool>> ValidityEnding(DateOnly today, int days)
    {
        var until = today.AddDays(days);
        return s => s.ValidUntil >= today && s.ValidUntil <= until;
    }

    /// <summary>An important supplier whose yearly check falls due within the warning days (see Supplier.YearlyCheckDue).</summary>
    public static Expression<Func<Supplier, bool>> YearlyCheckDue(DateOnly today)
    {
        var checkedBefore = today.AddDays(YearlyCheckWarningDays).AddYears(-1);
        return s => s.Important && s.CheckedOn != null && s.CheckedOn <= checkedBefore;
    }

    /// <summary>The filtered, sorted suppliers; one page of them, or all for an export.</summary>
    public IQueryable<Supplier> Query(Guid organizationId, PortfolioFilter filter, DateOnly today)
    {
        var query = db.Suppliers.AsNoTracking().Where(s => s.OrganizationId == organizationId);
        if (filter.Q?.Trim() is { Length: > 0 } q)
        {
            query = query.Where(s => s.Name.Contains(q) || s.CorporateNumber == q || (s.Tags != null && s.Tags.Contains(q)) || (s.Owner != null && s.Owner.Contains(q)));
        }

        if (filter.Required is { } required)
        {
            query = required == 0 ? query.Where(s => s.RequiredLevel == null) : query.Where(s => s.RequiredLevel == required);
        }

        if (filter.Important)
        {
            query = query.Where(s => s.Important);
        }

        query = filter.Status switch
        {
            "overdue" => query.Where(Overdue(today)),
            "expiring" => query.Where(ValidityEnding(today, ExpiringWithinDays)),
            "expired" => query.Where(s => s.ValidUntil < today),
            "short" => query.Where(s => s.RequiredLevel != null && !(s.ValidUntil >= today && s.ObtainedLevel >= s.RequiredLevel)),
            "undecided" => query.Where(s => s.RequiredLevel == null),
            "check" => query.Where(YearlyCheckDue(today)),
            { } name when Enum.TryParse<SupplierStatus>(name, ignoreCase: true, out var status) && status != SupplierStatus.Expired => query.Where(s => s.Status == status),
            _ => query,
        };

        return filter.Sort switch
        {
            "valid" => query.OrderBy(s => s.ValidUntil == null).ThenBy(s => s.ValidUntil).ThenBy(s => s.Name),
            "due" => query.OrderBy(s => s.RequestDueOn == null).ThenBy(s => s.RequestDueOn).ThenBy(s => s.Name),
            "required" => query.OrderByDescending(s => s.RequiredLevel).ThenBy(s => s.Name),
            "status" => query.OrderBy(s => s.Status).ThenBy(s => s.Name),
            "updated" => query.OrderByDescending(s => s.UpdatedAt),
            _ => query.OrderBy(s => s.Name).ThenBy(s => s.Id),
        };
    }
}
