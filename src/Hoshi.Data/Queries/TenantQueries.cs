using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Queries;

/// <summary>Look-ups that always carry the organization, so one tenant can never reach another's rows by id.</summary>
public static class TenantQueries
{
    public static async Task<Organization> RequireOrganizationAsync(this HoshiDbContext db, Guid organizationId, CancellationToken cancellationToken = default) =>
        await db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken)
            ?? throw new NotFoundException("organization", organizationId);

    public static async Task<Assessment> RequireAssessmentAsync(this HoshiDbContext db, Guid organizationId, Guid assessmentId, CancellationToken cancellationToken = default) =>
        await db.Assessments.SingleOrDefaultAsync(a => a.OrganizationId == organizationId && a.Id == assessmentId, cancellationToken)
            ?? throw new NotFoundException("assessment", assessmentId);

    /// <summary>An assessment that may still change: an archived one is read-only (a refusal naming "assessment").</summary>
    public static async Task<Assessment> RequireOpenAssessmentAsync(this HoshiDbContext db, Guid organizationId, Guid assessmentId, CancellationToken cancellationToken = default)
    {
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
        return assessment.Status == AssessmentStatus.Archived
            ? throw new ValidationException("assessment", "is archived and can no longer change")
            : assessment;
    }

    public static async Task<EvidenceFile> RequireEvidenceAsync(this HoshiDbContext db, Guid organizationId, Guid evidenceId, CancellationToken cancellationToken = default) =>
        await db.EvidenceFiles.SingleOrDefaultAsync(e => e.OrganizationId == organizationId && e.Id == evidenceId, cancellationToken)
            ?? throw new NotFoundException("evidence", evidenceId);
}
