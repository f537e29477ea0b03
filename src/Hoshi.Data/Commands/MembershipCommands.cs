using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

public sealed record NewMembership(Guid UserId, MemberRole Role, Guid? AssessmentId = null, DateTime? ExpiresAt = null);

/// <summary>Who belongs to an organization and in which role; every change is audited.</summary>
public sealed class MembershipCommands(HoshiDbContext db, TimeProvider clock)
{
    public async Task<Membership> AddAsync(Guid organizationId, NewMembership request, Actor actor, CancellationToken cancellationToken = default)
    {
        await db.RequireOrganizationAsync(organizationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.Role == MemberRole.Assessor)
        {
            // An outside expert sees one assessment, for a limited time (least privilege).
            if (request.AssessmentId is not { } assessmentId)
            {
                throw new ValidationException("assessment", "an assessor is given one assessment");
            }

            await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
            if (request.ExpiresAt is not { } expires || expires <= now)
            {
                throw new ValidationException("expires", "an assessor's access needs an end date in the future");
            }
        }
        else if (request.AssessmentId is not null)
        {
            throw new ValidationException("assessment", "only assessors are limited to one assessment");
        }

        if (await db.Memberships.AnyAsync(m => m.OrganizationId == organizationId && m.UserId == request.UserId && m.AssessmentId == request.AssessmentId, cancellationToken))
        {
            throw new ValidationException("email", "this person is already a member");
        }

        var membership = new Membership
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            UserId = request.UserId,
            Role = request.Role,
            AssessmentId = request.AssessmentId,
            ExpiresAt = request.ExpiresAt,
            CreatedAt = now,
            CreatedBy = actor.Name,
        };
        db.Memberships.Add(membership);
        db.Record(organizationId, actor.Name, now, AuditEventType.MembershipAdded, nameof(Membership), membership.Id, null, AuditTrail.Snapshot(membership));
        await db.SaveChangesAsync(cancellationToken);
        return membership;
    }

    public async Task RemoveAsync(Guid organizationId, Guid membershipId, Guid actingUserId, Actor actor, CancellationToken cancellationToken = default)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.OrganizationId == organizationId && m.Id == membershipId, cancellationToken)
            ?? throw new NotFoundException("membership", membershipId);
        if (membership.UserId == actingUserId)
        {
            throw new ValidationException("membership", "you cannot remove yourself");
        }

        if (membership.Role == MemberRole.Administrator
            && await db.Memberships.CountAsync(m => m.OrganizationId == organizationId && m.Role == MemberRole.Administrator, cancellationToken) == 1)
        {
            throw new ValidationException("membership", "an organization keeps at least one administrator");
        }

        db.Memberships.Remove(membership);
        db.Record(organizationId, actor.Name, clock.GetUtcNow().UtcDateTime, AuditEventType.MembershipRemoved, nameof(Membership), membership.Id, AuditTrail.Snapshot(membership), null);
        await db.SaveChangesAsync(cancellationToken);
    }
}
