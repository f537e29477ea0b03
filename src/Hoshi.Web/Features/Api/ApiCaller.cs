using System.Security.Claims;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Api;

/// <summary>The token's owner in the organization of the route, checked the same way as the pages check it.</summary>
public sealed record ApiCaller(Membership Membership, Actor Actor)
{
    /// <summary>Null when the token is for another organization or its owner is no longer an active member.</summary>
    public static async Task<ApiCaller?> ResolveAsync(ClaimsPrincipal user, Guid organizationId, HoshiDbContext db, TimeProvider clock)
    {
        if (user.FindFirstValue(ApiTokenAuthentication.OrganizationClaim) != organizationId.ToString()
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == organizationId && m.UserId == userId).ToListAsync();
        var membership = memberships.FirstOrDefault(m => m.IsActiveAt(now));
        return membership is null ? null : new ApiCaller(membership, new Actor(user.Identity?.Name ?? "api"));
    }

    public bool Can(Access access, Guid? assessmentId, DateTime now) =>
        Membership.Allows(access, assessmentId, now);
}
