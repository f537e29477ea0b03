using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features;

/// <summary>The organization a page works in, and the signed-in user's membership there.</summary>
public sealed record OrgContext(Organization Organization, Membership Membership, DateTime UtcNow)
{
    public bool Can(Access access, Guid? assessmentId = null) =>
        Membership.Allows(access, assessmentId, UtcNow);

    /// <summary>
    /// For pages outside any organization (the catalog): the user's active membership of the organization asked
    /// for, else of their first organization by name, so the organization's menu stays in reach. Null when the
    /// user belongs to none.
    /// </summary>
    public static async Task<OrgContext?> FindAsync(HoshiDbContext db, Guid userId, Guid? preferred, DateTime now)
    {
        var rows = await (
            from m in db.Memberships.AsNoTracking()
            join o in db.Organizations.AsNoTracking() on m.OrganizationId equals o.Id
            where m.UserId == userId
            select new { Membership = m, Organization = o }).ToListAsync();
        var row = rows.Where(r => r.Membership.IsActiveAt(now))
            .OrderBy(r => r.Organization.Id == preferred ? 0 : 1).ThenBy(r => r.Organization.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return row is null ? null : new OrgContext(row.Organization, row.Membership, now);
    }
}
