using Hoshi.Data.Entities;
using Hoshi.Data.Security;

namespace Hoshi.Web.Features;

/// <summary>The organization a page works in, and the signed-in user's membership there.</summary>
public sealed record OrgContext(Organization Organization, Membership Membership, DateTime UtcNow)
{
    public bool Can(Access access, Guid? assessmentId = null) =>
        Membership.Allows(access, assessmentId, UtcNow);
}
