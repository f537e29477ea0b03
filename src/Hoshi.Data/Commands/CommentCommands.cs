using Hoshi.Core.Catalogs;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;

namespace Hoshi.Data.Commands;

public sealed class CommentCommands(HoshiDbContext db, CatalogLibrary catalogs, TimeProvider clock)
{
    public async Task<Comment> AddAsync(Guid organizationId, Guid assessmentId, string criterionId, Guid authorUserId, string text, Actor actor, CancellationToken cancellationToken = default)
    {
        var assessment = await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
        catalogs.CatalogOf(assessment).RequireCriterion(criterionId);
        var comment = new Comment
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            AssessmentId = assessmentId,
            CriterionId = criterionId,
            AuthorUserId = authorUserId,
            AuthorName = actor.Name,
            Text = Fields.RequiredText(text, "text", 4000),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Comments.Add(comment);
        db.Record(organizationId, actor.Name, comment.CreatedAt, AuditEventType.CommentAdded, nameof(Comment), comment.Id, null, AuditTrail.Snapshot(comment));
        await db.SaveChangesAsync(cancellationToken);
        return comment;
    }
}
