using Hoshi.Data.Entities;

namespace Hoshi.Data.Security;

/// <summary>
/// The one place that says what a role may do (least privilege, separated duties). Pages and API endpoints
/// ask here; none checks a role by name.
/// </summary>
public static class Permissions
{
    /// <param name="assessmentId">
    /// The assessment the request touches, or null for organization-wide pages; for an assessor, null means the
    /// one assessment they were given.
    /// </param>
    public static bool Allows(this Membership membership, Access access, Guid? assessmentId, DateTime utcNow)
    {
        if (!membership.IsActiveAt(utcNow))
        {
            return false;
        }

        return membership.Role switch
        {
            MemberRole.Administrator => true,
            MemberRole.Editor => access is Access.Read or Access.Comment or Access.Edit,
            MemberRole.Viewer => access is Access.Read,
            MemberRole.Assessor => access is Access.Read or Access.Comment
                && (assessmentId ?? membership.AssessmentId) is { } id && id == membership.AssessmentId,
            _ => false,
        };
    }

    /// <summary>Assessors see only their one assessment; everyone else sees all of the organization's.</summary>
    public static bool SeesAllAssessments(this Membership membership) => membership.Role != MemberRole.Assessor;
}
