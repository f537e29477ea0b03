using System.Text.Json;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data.Audit;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Hoshi.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Commands;

/// <summary>
/// A buyer's request for a ★, the supplier's answer through a secret link, and the buyer's review. Every change
/// is audited in the buyer's organization (and a share also in the supplier's).
/// </summary>
public sealed class SupplierRequestCommands(HoshiDbContext db, CatalogLibrary catalogs, SupplyChainPolicy policy, TimeProvider clock)
{
    public const string TokenPrefix = "hsr_";

    /// <summary>Opens a request. Returns the secret for the link, shown to the buyer once and stored only hashed.</summary>
    public async Task<(SupplierRequest Request, string Token)> SendAsync(Guid organizationId, Guid supplierId, RequestInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.OrganizationId == organizationId && s.Id == supplierId, cancellationToken)
            ?? throw new NotFoundException("supplier", supplierId);
        var level = input.RequiredLevel ?? supplier.RequiredLevel
            ?? throw new ValidationException("required_level", "decide which ★ this supplier needs first, or give the ★ to request");
        if (level is not (3 or 4))
        {
            throw new ValidationException("required_level", "must be ★3 or ★4");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = Today();
        if (input.DueOn <= today)
        {
            throw new ValidationException("due_on", "must be after today");
        }

        if (input.DueOn > today.AddYears(1))
        {
            throw new ValidationException("due_on", "must be within a year");
        }

        if (await db.SupplierRequests.AnyAsync(r => r.OrganizationId == organizationId && r.SupplierId == supplierId
                && (r.Status == RequestStatus.Open || r.Status == RequestStatus.Answered || r.Status == RequestStatus.Returned), cancellationToken))
        {
            throw new ValidationException("supplier", "already has an open request; review or withdraw it first");
        }

        var catalog = catalogs.NewestComplete(level) ?? throw new InvalidOperationException($"no catalog carries every ★{level} criterion");
        var token = TokenPrefix + Secrets.New();
        var request = new SupplierRequest
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            SupplierId = supplierId,
            RequiredLevel = level,
            DueOn = input.DueOn,
            Message = Fields.OptionalText(input.Message, "message", 4000),
            CatalogKey = catalog.Key,
            Status = RequestStatus.Open,
            TokenHash = Secrets.Hash(token),
            TokenExpiresAt = LinkExpiry(input.DueOn),
            CreatedAt = now,
            CreatedBy = actor.Name,
            Version = 1,
        };
        db.SupplierRequests.Add(request);
        var before = AuditTrail.Snapshot(new { supplier.Status });
        supplier.Status = SupplierStatus.Requested;
        supplier.RequestDueOn = input.DueOn;
        supplier.Touch(now);
        db.Record(organizationId, actor.Name, now, AuditEventType.RequestSent, nameof(SupplierRequest), request.Id, before,
            AuditTrail.Snapshot(new { request.SupplierId, request.RequiredLevel, request.DueOn, request.Message, request.TokenExpiresAt }));
        await db.SaveChangesAsync(cancellationToken);
        return (request, token);
    }

    /// <summary>
    /// Opens a link. The first opening claims it: a new claim secret is returned for the browser to keep, and
    /// from then on the link works only together with that claim.
    /// </summary>
    public async Task<PortalSession> OpenAsync(string token, string? claim, CancellationToken cancellationToken = default)
    {
        var request = await FindByTokenAsync(token, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        string? newClaim = null;
        if (request.ClaimHash is null)
        {
            newClaim = Secrets.New();
            request.ClaimHash = Secrets.Hash(newClaim);
            request.ClaimedAt = now;
            db.Record(request.OrganizationId, "supplier-link", now, AuditEventType.RequestClaimed, nameof(SupplierRequest), request.Id, null, null);
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (!Secrets.Matches(claim, request.ClaimHash))
        {
            throw new RequestLinkException(RequestLinkProblem.ClaimedByAnother);
        }

        var supplierName = await db.Suppliers.Where(s => s.Id == request.SupplierId).Select(s => s.Name).SingleAsync(cancellationToken);
        var buyerName = await db.Organizations.Where(o => o.Id == request.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        return new PortalSession(request, supplierName, buyerName, newClaim);
    }

    public async Task<SupplierRequest> DeclareAsync(string token, string claim, DeclarationInput input, CancellationToken cancellationToken = default)
    {
        var session = await OpenForAnswerAsync(token, claim, cancellationToken);
        var request = session.Request;
        if (input.Level is not (3 or 4))
        {
            throw new ValidationException("level", "must be ★3 or ★4");
        }

        var registration = Fields.RequiredText(input.RegistrationNumber, "registration_number", 100);
        var obtained = input.ObtainedOn ?? throw new ValidationException("obtained_on", "is required");
        var today = Today();
        if (obtained > today)
        {
            throw new ValidationException("obtained_on", "cannot be in the future");
        }

        var validUntil = input.ValidUntil ?? policy.ValidUntil(input.Level, obtained);
        if (validUntil < today)
        {
            throw new ValidationException("valid_until", "has already passed; this ★ no longer counts");
        }

        request.RegistrationNumber = registration;
        request.ObtainedOn = obtained;
        request.DeclaredValidUntil = validUntil;
        request.MissedRequirements = null;
        await RecordAnswerAsync(session, ResponseKind.Declaration, input.Level, input.RespondentName, input.Comment, cancellationToken);
        return request;
    }

    public async Task<SupplierRequest> AnswerQuestionnaireAsync(
        string token, string claim, IReadOnlyList<QuestionnaireAnswer> answers, string? respondentName, string? comment, CancellationToken cancellationToken = default)
    {
        var session = await OpenForAnswerAsync(token, claim, cancellationToken);
        var request = session.Request;
        var catalog = catalogs.Resolve(request.CatalogKey) ?? throw new InvalidOperationException($"catalog {request.CatalogKey} is not loaded");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (answer, i) in answers.Select((a, i) => (a, i)))
        {
            var criterion = catalog.RequireCriterion(answer.CriterionId, $"answers[{i}].criterion");
            if (criterion.Level > request.RequiredLevel || !seen.Add(answer.CriterionId))
            {
                throw new ValidationException($"answers[{i}].criterion", $"{answer.CriterionId} is not asked in this questionnaire or is answered twice");
            }

            if (!Enum.IsDefined(answer.Status))
            {
                throw new ValidationException($"answers[{i}].status", $"unknown status; expected one of {AnswerStatusNames.Accepted}");
            }

            if (Fields.OptionalText(answer.Justification, $"answers[{i}].justification", 4000) is null && answer.Status == AnswerStatus.NotApplicable)
            {
                throw new ValidationException($"answers[{i}].justification", $"criterion {answer.CriterionId} is marked not applicable; write why");
            }
        }

        var evaluation = LevelEvaluator.Evaluate(catalog, request.RequiredLevel, answers.Select(a => new CriterionAnswer(a.CriterionId, a.Status, a.Justification)));
        request.QuestionnaireJson = JsonSerializer.Serialize(answers.Select(a => new { criterion = a.CriterionId, status = a.Status.Code(), justification = a.Justification?.Trim() }));
        request.MissedRequirements = Missed(evaluation, request.RequiredLevel);
        await RecordAnswerAsync(session, ResponseKind.Questionnaire, evaluation.AchievedLevel, respondentName, comment, cancellationToken);
        return request;
    }

    /// <summary>
    /// Answers with a signed attestation exported from the supplier's own Hoshi. It must verify (signature and
    /// every part); the buyer sees the key's fingerprint to compare with the one the supplier tells it.
    /// <paramref name="storeFile"/> keeps the file as the buyer's evidence once every check has passed.
    /// </summary>
    public async Task<SupplierRequest> AnswerWithAttestationAsync(
        string token, string claim, byte[] document, Func<Task<Guid>> storeFile, string? respondentName, string? comment, CancellationToken cancellationToken = default)
    {
        var session = await OpenForAnswerAsync(token, claim, cancellationToken);
        var request = session.Request;
        Hoshi.Core.Attestations.AttestationVerification verification;
        try
        {
            verification = Hoshi.Core.Attestations.AttestationVerifier.Verify(document);
        }
        catch (Hoshi.Core.Input.InvalidInputException e)
        {
            throw new ValidationException("attestation", "is not a Hoshi attestation file: " + string.Join("; ", e.Errors.Select(x => x.ToString())));
        }

        if (!verification.Valid)
        {
            throw new ValidationException("attestation", "does not verify: " + string.Join("; ", verification.Problems.Select(p => $"{p.Subject}: {p.Reason}")));
        }

        var content = verification.Content;
        var catalog = catalogs.Resolve(content.Header.CatalogKey)
            ?? throw new ValidationException("attestation", $"is made against catalog {content.Header.CatalogKey}, which this Hoshi does not have");
        Fields.RequiredText(respondentName, "respondent_name", 200);
        var evaluation = LevelEvaluator.Evaluate(catalog, Math.Max(request.RequiredLevel, content.Result.TargetLevel),
            content.Criteria.Select(c => new CriterionAnswer(c.Id, c.Status, c.Justification, c.Evidence.Count > 0)));
        request.MissedRequirements = Missed(evaluation, request.RequiredLevel);
        request.AttestationFingerprint = verification.KeyFingerprint;
        request.AttestationFileId = await storeFile();
        await RecordAnswerAsync(session, ResponseKind.Attestation, content.Result.ReachedLevel, respondentName, comment, cancellationToken);
        return request;
    }

    /// <summary>
    /// Answers by sharing an assessment of the supplier's own Hoshi organization. The caller has checked that the
    /// signed-in person may edit in <paramref name="supplierOrganizationId"/>; the consent is recorded there.
    /// </summary>
    public async Task<AssessmentShare> ShareAsync(
        string token, string claim, Guid supplierOrganizationId, Guid assessmentId, Actor actor, string? comment, CancellationToken cancellationToken = default)
    {
        var session = await OpenForAnswerAsync(token, claim, cancellationToken);
        var request = session.Request;
        var assessment = await db.RequireAssessmentAsync(supplierOrganizationId, assessmentId, cancellationToken);
        if (supplierOrganizationId == request.OrganizationId)
        {
            throw new ValidationException("assessment", "belongs to the organization that sent the request");
        }

        var evaluation = await EvaluateForAsync(assessment, request.RequiredLevel, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var share = new AssessmentShare
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = supplierOrganizationId,
            AssessmentId = assessmentId,
            BuyerOrganizationId = request.OrganizationId,
            RequestId = request.Id,
            GrantedAt = now,
            GrantedBy = actor.Name,
        };
        db.AssessmentShares.Add(share);
        db.Record(supplierOrganizationId, actor.Name, now, AuditEventType.AssessmentShared, nameof(AssessmentShare), share.Id, null,
            AuditTrail.Snapshot(new { share.AssessmentId, buyer = session.BuyerName, share.BuyerOrganizationId, share.RequestId }));
        request.ShareId = share.Id;
        request.MissedRequirements = Missed(evaluation, request.RequiredLevel);
        await RecordAnswerAsync(session, ResponseKind.SharedAssessment, evaluation.AchievedLevel, actor.Name, comment, cancellationToken);
        return share;
    }

    /// <summary>The supplier withdraws its consent: from now on the buyer sees nothing of the assessment.</summary>
    public async Task RevokeShareAsync(Guid supplierOrganizationId, Guid shareId, Actor actor, CancellationToken cancellationToken = default)
    {
        var share = await db.AssessmentShares.SingleOrDefaultAsync(s => s.OrganizationId == supplierOrganizationId && s.Id == shareId, cancellationToken)
            ?? throw new NotFoundException("share", shareId);
        if (!share.IsActive)
        {
            return;
        }

        share.RevokedAt = clock.GetUtcNow().UtcDateTime;
        share.RevokedBy = actor.Name;
        db.Record(supplierOrganizationId, actor.Name, share.RevokedAt.Value, AuditEventType.AssessmentShareRevoked, nameof(AssessmentShare), share.Id, null,
            AuditTrail.Snapshot(new { share.AssessmentId, share.BuyerOrganizationId }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The buyer accepts, returns for clarification, or rejects an answer.</summary>
    public async Task<SupplierRequest> ReviewAsync(
        Guid organizationId, Guid requestId, ReviewDecision decision, string? comment, int expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        var request = await RequireAsync(organizationId, requestId, cancellationToken);
        if (request.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException("the request", expectedVersion, request);
        }

        if (request.Status != RequestStatus.Answered)
        {
            throw new ValidationException("request", "has no answer waiting for review");
        }

        var text = Fields.OptionalText(comment, "comment", 4000);
        if (decision != ReviewDecision.Accept && text is null)
        {
            throw new ValidationException("comment", "write what the supplier should clarify or why the answer is rejected");
        }

        if (decision == ReviewDecision.Accept && request.ShareId is { } shareId
            && !await db.AssessmentShares.AnyAsync(s => s.Id == shareId && s.RevokedAt == null, cancellationToken))
        {
            throw new ValidationException("request", "the supplier has revoked its consent to share the assessment; return or reject the answer");
        }

        if (decision == ReviewDecision.Accept && request.AnsweredLevel is null)
        {
            throw new ValidationException("request", "the answer reaches no ★; return or reject it");
        }

        var supplier = await SupplierOfAsync(request, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var before = AuditTrail.Snapshot(new { request.Status, supplier.ObtainedLevel, supplier.ValidUntil });
        request.ReviewComment = text;
        request.ReviewedAt = now;
        request.ReviewedBy = actor.Name;
        request.Version++;
        switch (decision)
        {
            case ReviewDecision.Accept:
                request.Status = RequestStatus.Accepted;
                supplier.Status = SupplierStatus.Accepted;
                supplier.ObtainedLevel = request.AnsweredLevel;
                supplier.ValidUntil = request.DeclaredValidUntil ?? policy.ValidUntil(request.AnsweredLevel!.Value, Today());
                supplier.RequestDueOn = null;
                supplier.CheckedOn = Today();
                await ReplaceGapsAsync(supplier, request.MissedRequirements, cancellationToken);
                break;
            case ReviewDecision.Return:
                request.Status = RequestStatus.Returned;
                supplier.Status = SupplierStatus.Returned;
                request.TokenExpiresAt = Max(request.TokenExpiresAt, now.AddDays(14));
                break;
            default:
                request.Status = RequestStatus.Rejected;
                supplier.Status = SupplierStatus.Rejected;
                supplier.RequestDueOn = null;
                break;
        }

        supplier.Touch(now);
        var type = decision switch
        {
            ReviewDecision.Accept => AuditEventType.RequestAccepted,
            ReviewDecision.Return => AuditEventType.RequestReturned,
            _ => AuditEventType.RequestRejected,
        };
        db.Record(organizationId, actor.Name, now, type, nameof(SupplierRequest), request.Id, before,
            AuditTrail.Snapshot(new { request.Status, request.ReviewComment, supplier.ObtainedLevel, supplier.ValidUntil }));
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>The buyer withdraws an open request; its link stops working.</summary>
    public async Task WithdrawAsync(Guid organizationId, Guid requestId, Actor actor, CancellationToken cancellationToken = default)
    {
        var request = await RequireAsync(organizationId, requestId, cancellationToken);
        if (request.Status is not (RequestStatus.Open or RequestStatus.Answered or RequestStatus.Returned))
        {
            throw new ValidationException("request", "is already closed");
        }

        var supplier = await SupplierOfAsync(request, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var before = AuditTrail.Snapshot(new { request.Status });
        request.Status = RequestStatus.Withdrawn;
        request.Version++;
        supplier.Status = supplier.ObtainedLevel is null ? SupplierStatus.NotRequested : SupplierStatus.Accepted;
        supplier.RequestDueOn = null;
        supplier.Touch(now);
        db.Record(organizationId, actor.Name, now, AuditEventType.RequestWithdrawn, nameof(SupplierRequest), request.Id, before, AuditTrail.Snapshot(new { request.Status }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SupplierRequest> RequireAsync(Guid organizationId, Guid requestId, CancellationToken cancellationToken = default) =>
        await db.SupplierRequests.SingleOrDefaultAsync(r => r.OrganizationId == organizationId && r.Id == requestId, cancellationToken)
            ?? throw new NotFoundException("request", requestId);

    /// <summary>Evaluates an assessment at the higher of its own target and the ★ requested.</summary>
    public Task<Evaluation> EvaluateForAsync(Assessment assessment, int requiredLevel, CancellationToken cancellationToken = default) =>
        db.EvaluateAsync(catalogs, assessment.OrganizationId, assessment.Id, requiredLevel, cancellationToken);

    /// <summary>The supplier a request is for: same organization by construction of the request.</summary>
    private Task<Supplier> SupplierOfAsync(SupplierRequest request, CancellationToken cancellationToken) =>
        db.Suppliers.SingleAsync(s => s.OrganizationId == request.OrganizationId && s.Id == request.SupplierId, cancellationToken);

    private async Task<PortalSession> OpenForAnswerAsync(string token, string claim, CancellationToken cancellationToken)
    {
        var session = await OpenAsync(token, claim, cancellationToken);
        return session.Request.IsOpenForAnswer ? session : throw new RequestLinkException(RequestLinkProblem.Closed);
    }

    private async Task RecordAnswerAsync(PortalSession session, ResponseKind kind, int? level, string? respondent, string? comment, CancellationToken cancellationToken)
    {
        var request = session.Request;
        var now = clock.GetUtcNow().UtcDateTime;
        request.ResponseKind = kind;
        request.AnsweredLevel = level;
        request.RespondentName = Fields.RequiredText(respondent, "respondent_name", 200);
        request.ResponseComment = Fields.OptionalText(comment, "comment", 4000);
        request.AnsweredAt = now;
        request.Status = RequestStatus.Answered;
        request.Version++;
        var supplier = await SupplierOfAsync(request, cancellationToken);
        supplier.Status = SupplierStatus.Answered;
        supplier.Touch(now);
        db.Record(request.OrganizationId, $"supplier:{request.RespondentName}", now, AuditEventType.RequestAnswered, nameof(SupplierRequest), request.Id, null,
            AuditTrail.Snapshot(new { kind, request.AnsweredLevel, request.RegistrationNumber, request.ObtainedOn, request.DeclaredValidUntil, request.MissedRequirements, request.ShareId }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<SupplierRequest> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
        {
            throw new RequestLinkException(RequestLinkProblem.Unknown);
        }

        var hash = Secrets.Hash(token);
        var request = await db.SupplierRequests.SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken)
            ?? throw new RequestLinkException(RequestLinkProblem.Unknown);
        if (request.Status == RequestStatus.Withdrawn)
        {
            throw new RequestLinkException(RequestLinkProblem.Closed);
        }

        return clock.GetUtcNow().UtcDateTime >= request.TokenExpiresAt ? throw new RequestLinkException(RequestLinkProblem.Expired) : request;
    }

    /// <summary>Makes the supplier's gap rows the given requirements, in the same unit of work as the review.</summary>
    private async Task ReplaceGapsAsync(Supplier supplier, string? missed, CancellationToken cancellationToken)
    {
        var wanted = (missed ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var current = await db.SupplierGaps.Where(g => g.OrganizationId == supplier.OrganizationId && g.SupplierId == supplier.Id).ToListAsync(cancellationToken);
        db.SupplierGaps.RemoveRange(current.Where(g => !wanted.Contains(g.RequirementId)));
        var kept = current.Select(g => g.RequirementId).ToHashSet(StringComparer.Ordinal);
        db.SupplierGaps.AddRange(wanted.Where(id => !kept.Contains(id))
            .Select(id => new SupplierGap { OrganizationId = supplier.OrganizationId, SupplierId = supplier.Id, RequirementId = id }));
    }

    private static string Missed(Evaluation evaluation, int requiredLevel) =>
        string.Join(",", evaluation.Gaps.Where(g => g.Level <= requiredLevel).Select(g => g.RequirementId).Distinct(StringComparer.Ordinal));

    private DateTime LinkExpiry(DateOnly dueOn)
    {
        var fromNow = clock.GetUtcNow().UtcDateTime.AddDays(policy.LinkValidityDays);
        return Max(fromNow, dueOn.AddDays(14).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }

    /// <summary>Today in the server's calendar (its local time zone), the same day the pages show.</summary>
    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;


}
