using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

/// <summary>
/// A change to one answer. <paramref name="ExpectedVersion"/> is the version the editor started from (0 for a
/// criterion not yet answered); null skips the check, for bulk imports that replace answers on purpose.
/// </summary>
public sealed record AnswerChange(
    string CriterionId, AnswerStatus Status, string? Justification = null, string? Note = null, string? Owner = null, int? ExpectedVersion = null);

public sealed class AnswerCommands(HoshiDbContext db, CatalogLibrary catalogs, TimeProvider clock)
{
    public async Task<Answer> SetAsync(Guid organizationId, Guid assessmentId, AnswerChange change, Actor actor, CancellationToken cancellationToken = default)
    {
        var (assessment, catalog) = await OpenForAnswersAsync(organizationId, assessmentId, cancellationToken);
        Validate(catalog, change, "");
        var existing = await db.Answers.SingleOrDefaultAsync(
            a => a.OrganizationId == organizationId && a.AssessmentId == assessmentId && a.CriterionId == change.CriterionId, cancellationToken);
        if (change.ExpectedVersion is { } expected && expected != (existing?.Version ?? 0))
        {
            throw new ConcurrencyConflictException($"the answer to {change.CriterionId}", expected, existing!);
        }

        var answer = Apply(assessment, existing, change, actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || existing is null)
        {
            // Someone else saved the same answer between our read and our write.
            db.ChangeTracker.Clear();
            var current = await db.Answers.AsNoTracking().SingleOrDefaultAsync(
                a => a.OrganizationId == organizationId && a.AssessmentId == assessmentId && a.CriterionId == change.CriterionId, cancellationToken);
            if (current is null)
            {
                throw;
            }

            throw new ConcurrencyConflictException($"the answer to {change.CriterionId}", change.ExpectedVersion ?? existing?.Version ?? 0, current);
        }

        return answer;
    }

    /// <summary>
    /// Replaces the answers named, all or nothing: every change is checked before any is written, and they are
    /// saved in one transaction with their audit rows. Answers equal to the stored ones are left alone.
    /// Returns how many answers changed.
    /// </summary>
    public async Task<int> ImportAsync(Guid organizationId, Guid assessmentId, IReadOnlyList<AnswerChange> changes, Actor actor, CancellationToken cancellationToken = default)
    {
        var (assessment, catalog) = await OpenForAnswersAsync(organizationId, assessmentId, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < changes.Count; i++)
        {
            Validate(catalog, changes[i], $"answers[{i}].");
            if (!seen.Add(changes[i].CriterionId))
            {
                throw new ValidationException($"answers[{i}].criterion", $"{changes[i].CriterionId} is answered twice");
            }
        }

        var stored = await db.Answers
            .Where(a => a.OrganizationId == organizationId && a.AssessmentId == assessmentId)
            .ToDictionaryAsync(a => a.CriterionId, StringComparer.Ordinal, cancellationToken);
        var changed = 0;
        foreach (var change in changes)
        {
            var existing = stored.GetValueOrDefault(change.CriterionId);
            if (existing is not null && existing.Status == change.Status && existing.Justification == Clean(change.Justification)
                && existing.Note == Clean(change.Note) && existing.Owner == Clean(change.Owner) && !existing.NeedsReview)
            {
                continue;
            }

            Apply(assessment, existing, change, actor);
            changed++;
        }

        db.Record(organizationId, actor.Name, clock.GetUtcNow().UtcDateTime, AuditEventType.AnswersImported, nameof(Assessment), assessmentId, null,
            AuditTrail.Snapshot(new { received = changes.Count, changed }));
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    private async Task<(Assessment Assessment, Catalog Catalog)> OpenForAnswersAsync(Guid organizationId, Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.RequireOpenAssessmentAsync(organizationId, assessmentId, cancellationToken);
        return (assessment, catalogs.CatalogOf(assessment));
    }

    private static void Validate(Catalog catalog, AnswerChange change, string prefix)
    {
        catalog.RequireCriterion(change.CriterionId, prefix + "criterion");
        if (!Enum.IsDefined(change.Status))
        {
            throw new ValidationException(prefix + "status", $"unknown status; expected one of {AnswerStatusNames.Accepted}");
        }

        if (change.Status == AnswerStatus.NotApplicable && Clean(change.Justification) is null)
        {
            throw new ValidationException(prefix + "justification", $"criterion {change.CriterionId} is marked not applicable; write why");
        }

        Fields.OptionalText(change.Justification, prefix + "justification", 4000);
        Fields.OptionalText(change.Note, prefix + "note", 4000);
        Fields.OptionalText(change.Owner, prefix + "owner", 200);
    }

    private Answer Apply(Assessment assessment, Answer? existing, AnswerChange change, Actor actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = existing is null ? null : AuditTrail.Snapshot(existing);
        var answer = existing ?? new Answer
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = assessment.OrganizationId,
            AssessmentId = assessment.Id,
            CriterionId = change.CriterionId,
            UpdatedBy = actor.Name,
        };
        answer.Status = change.Status;
        answer.Justification = Clean(change.Justification);
        answer.Note = Clean(change.Note);
        answer.Owner = Clean(change.Owner);
        answer.NeedsReview = false;
        answer.UpdatedAt = now;
        answer.UpdatedBy = actor.Name;
        answer.Version++;
        if (existing is null)
        {
            db.Answers.Add(answer);
        }

        db.Record(assessment.OrganizationId, actor.Name, now, AuditEventType.AnswerSet, nameof(Answer), answer.Id, before, AuditTrail.Snapshot(answer));
        return answer;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
