using Hoshi.Data;
using Hoshi.Data.Commands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Shares;

/// <summary>The supplier's side: which buyers see which of its assessments, and revoking that consent.</summary>
public sealed class IndexModel(HoshiDbContext db, TimeProvider clock, SupplierRequestCommands requests) : OrgPageModel(db, clock)
{
    public sealed record Row(Guid Id, string Buyer, string Assessment, DateTime GrantedAt, string GrantedBy, DateTime? RevokedAt, string? RevokedBy);

    public IReadOnlyList<Row> Shares { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var org = Org.Organization.Id;
        Shares = await (
            from s in Db.AssessmentShares.AsNoTracking()
            join b in Db.Organizations.AsNoTracking() on s.BuyerOrganizationId equals b.Id
            join a in Db.Assessments.AsNoTracking() on s.AssessmentId equals a.Id
            where s.OrganizationId == org && a.OrganizationId == org
            orderby s.GrantedAt descending
            select new Row(s.Id, b.Name, a.Title, s.GrantedAt, s.GrantedBy, s.RevokedAt, s.RevokedBy)).ToListAsync();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid share)
    {
        await requests.RevokeShareAsync(Org.Organization.Id, share, Actor);
        return Redirect($"/o/{Org.Organization.Id}/shares");
    }
}
