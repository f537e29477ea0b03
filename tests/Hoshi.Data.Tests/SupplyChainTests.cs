using Hoshi.Core.Evaluation;
using Hoshi.Data.Audit;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Hosting;
using Hoshi.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Tests;

/// <summary>The buyer's register, decisions, requests and reviews, run unchanged on SQLite and PostgreSQL.</summary>
public abstract class SupplyChainTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Actor Buyer = new("buyer");
    private static readonly Actor SupplierUser = new("supplier-user");
    private static readonly SupplyChainPolicy Policy = new();

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    private HoshiDbContext Open() => database.Open();

    private SupplierCommands Suppliers(HoshiDbContext db) => new(db, database.Clock);

    private SupplierRequestCommands Requests(HoshiDbContext db) => new(db, TestDatabase.Catalogs, Policy, database.Clock);

    private DateOnly Today => DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);

    private async Task<Guid> OrganizationAsync(string name)
    {
        await using var db = Open();
        return (await new OrganizationCommands(db, database.Clock).CreateAsync(name, null, Buyer)).Id;
    }

    private async Task<(Guid Buyer, Guid Supplier)> SeedAsync()
    {
        var buyer = await OrganizationAsync("発注株式会社");
        await using var db = Open();
        var supplier = await Suppliers(db).CreateAsync(buyer, new SupplierInput("部品工業株式会社", CorporateNumbers.Valid(1)), Buyer);
        return (buyer, supplier.Id);
    }

    [Fact]
    public async Task A_supplier_is_created_with_checked_fields_and_an_audit_row()
    {
        var (buyer, id) = await SeedAsync();
        await using var db = Open();
        var supplier = await db.Suppliers.SingleAsync(s => s.Id == id);
        Assert.Equal((SupplierStatus.NotRequested, null, 1), (supplier.Status, supplier.RequiredLevel, supplier.Version));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.OrganizationId == buyer && e.Type == AuditEventType.SupplierCreated));

        var wrong = await Assert.ThrowsAsync<ValidationException>(() => Suppliers(db).CreateAsync(buyer, new SupplierInput("X社", "1234567890123"), Buyer));
        Assert.Equal("corporate_number", wrong.Field);
        var duplicate = await Assert.ThrowsAsync<ValidationException>(() => Suppliers(db).CreateAsync(buyer, new SupplierInput("Y社", CorporateNumbers.Valid(1)), Buyer));
        Assert.Equal("corporate_number", duplicate.Field);
        var email = await Assert.ThrowsAsync<ValidationException>(() => Suppliers(db).CreateAsync(buyer, new SupplierInput("Z社", ContactEmail: "tanaka@"), Buyer));
        Assert.Equal("contact_email", email.Field);
        Assert.Equal(1, await db.Suppliers.CountAsync());
    }

    [Fact]
    public async Task Tags_are_normalised()
    {
        Assert.Equal("製造, 重要, IT", SupplierInput.NormalizeTags(" 製造、重要,, IT ,製造 "));
        Assert.Null(SupplierInput.NormalizeTags(" , 、"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task An_import_with_any_bad_row_writes_nothing_and_names_every_problem()
    {
        var (buyer, existing) = await SeedAsync();
        await using var db = Open();
        var auditBefore = await db.AuditEvents.CountAsync();
        SupplierImportRow[] rows =
        [
            new(2, null, new SupplierInput("良い会社", CorporateNumbers.Valid(2))),
            new(3, null, new SupplierInput("", "123", ContactEmail: "not-mail")),
            new(4, null, new SupplierInput("重複会社", CorporateNumbers.Valid(2))),
            new(5, null, new SupplierInput("既存と重複", CorporateNumbers.Valid(1))),
            new(6, Guid.NewGuid(), new SupplierInput("知らないID")),
            new(7, existing, new SupplierInput("部品工業株式会社（更新）", CorporateNumbers.Valid(1))),
        ];
        var e = await Assert.ThrowsAsync<SupplierImportException>(() => Suppliers(db).ImportAsync(buyer, rows, "suppliers.csv", Buyer));
        Assert.Equal(
            [(3, "name"), (3, "corporate_number"), (3, "contact_email"), (4, "corporate_number"), (5, "corporate_number"), (6, "id"), (7, "corporate_number")],
            e.Errors.Select(x => (x.Line, x.Field)));
        Assert.Contains("line 2", e.Errors.Single(x => x.Line == 4).Reason, StringComparison.Ordinal);

        db.ChangeTracker.Clear();
        Assert.Equal(["部品工業株式会社"], await db.Suppliers.Select(s => s.Name).ToListAsync());
        Assert.Equal(auditBefore, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task A_valid_import_adds_updates_and_skips_unchanged_rows_in_one_go()
    {
        var (buyer, existing) = await SeedAsync();
        await using var db = Open();
        var rows = Enumerable.Range(10, 500).Select(i => new SupplierImportRow(i, null, new SupplierInput($"取引先{i}", CorporateNumbers.Valid(i), Tags: "製造"))).ToList();
        rows.Add(new SupplierImportRow(1000, existing, new SupplierInput("部品工業株式会社", CorporateNumbers.Valid(1), Important: true)));
        var result = await Suppliers(db).ImportAsync(buyer, rows, "suppliers.xlsx", Buyer);
        Assert.Equal(new SupplierImportResult(500, 1, 0), result);

        db.ChangeTracker.Clear();
        Assert.Equal(501, await db.Suppliers.CountAsync(s => s.OrganizationId == buyer));
        Assert.True((await db.Suppliers.SingleAsync(s => s.Id == existing)).Important);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Type == AuditEventType.SuppliersImported));

        var again = await Suppliers(db).ImportAsync(buyer, [rows[^1]], "suppliers.xlsx", Buyer);
        Assert.Equal(new SupplierImportResult(0, 0, 1), again);
    }

    [Fact]
    public async Task The_decision_tree_proposes_and_the_buyer_records_why()
    {
        var (buyer, supplier) = await SeedAsync();
        await using var db = Open();
        var noReason = await Assert.ThrowsAsync<ValidationException>(() =>
            Suppliers(db).DecideLevelAsync(buyer, supplier, new LevelDecisionInput(false, false, false, null, 3, " "), Buyer));
        Assert.Equal("reasons", noReason.Field);
        var tooLow = await Assert.ThrowsAsync<ValidationException>(() =>
            Suppliers(db).DecideLevelAsync(buyer, supplier, new LevelDecisionInput(false, false, true, null, 3, "安いので"), Buyer));
        Assert.Equal("decided_level", tooLow.Field);

        var decision = await Suppliers(db).DecideLevelAsync(buyer, supplier, new LevelDecisionInput(false, false, true, "保守用VPNあり", 4, "当社の生産管理システムにVPNで接続するため"), Buyer);
        Assert.Equal((4, 4), (decision.ProposedLevel, decision.DecidedLevel));
        var lowered = await Suppliers(db).DecideLevelAsync(buyer, supplier, new LevelDecisionInput(false, false, false, "VPN撤去済み", 3, "接続がなくなったため"), Buyer);
        Assert.Equal(3, lowered.ProposedLevel);

        db.ChangeTracker.Clear();
        Assert.Equal(3, (await db.Suppliers.SingleAsync(s => s.Id == supplier)).RequiredLevel);
        Assert.Equal(2, await db.LevelDecisions.CountAsync(d => d.SupplierId == supplier));
        var audits = await db.AuditEvents.Where(e => e.Type == AuditEventType.SupplierLevelDecided).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.Contains("\"requiredLevel\":4", audits[1].Before, StringComparison.Ordinal);
        Assert.Contains("接続がなくなったため", audits[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_star_is_answered_through_the_link_and_accepted_with_its_validity()
    {
        var (buyer, supplier) = await SeedAsync();
        await using var db = Open();
        await Suppliers(db).DecideLevelAsync(buyer, supplier, new LevelDecisionInput(true, false, false, null, 4, "図面を預けるため"), Buyer);
        var (request, token) = await Requests(db).SendAsync(buyer, supplier, new RequestInput(null, Today.AddDays(30), "★4の取得状況をご回答ください"), Buyer);
        Assert.Equal(4, request.RequiredLevel);
        Assert.StartsWith(SupplierRequestCommands.TokenPrefix, token, StringComparison.Ordinal);
        Assert.DoesNotContain(token, request.TokenHash, StringComparison.Ordinal);

        var first = await Requests(db).OpenAsync(token, null);
        Assert.NotNull(first.NewClaim);
        Assert.Equal(("部品工業株式会社", "発注株式会社"), (first.SupplierName, first.BuyerName));
        var other = await Assert.ThrowsAsync<RequestLinkException>(() => Requests(db).OpenAsync(token, "someone-else"));
        Assert.Equal(RequestLinkProblem.ClaimedByAnother, other.Problem);
        Assert.Null((await Requests(db).OpenAsync(token, first.NewClaim)).NewClaim);

        var future = await Assert.ThrowsAsync<ValidationException>(() =>
            Requests(db).DeclareAsync(token, first.NewClaim!, new DeclarationInput(4, "SCS-4-00123", Today.AddDays(1), null, "山田", null)));
        Assert.Equal("obtained_on", future.Field);
        await Requests(db).DeclareAsync(token, first.NewClaim!, new DeclarationInput(4, "SCS-4-00123", Today.AddDays(-10), null, "山田 太郎", "登録証を添付します"));

        var answered = await Requests(db).RequireAsync(buyer, request.Id);
        Assert.Equal((RequestStatus.Answered, 4, ResponseKind.Declaration), (answered.Status, answered.AnsweredLevel, answered.ResponseKind));
        Assert.Equal(Today.AddDays(-10).AddMonths(36).AddDays(-1), answered.DeclaredValidUntil);

        await Requests(db).ReviewAsync(buyer, request.Id, ReviewDecision.Accept, null, answered.Version, Buyer);
        db.ChangeTracker.Clear();
        var accepted = await db.Suppliers.SingleAsync(s => s.Id == supplier);
        Assert.Equal((SupplierStatus.Accepted, 4, answered.DeclaredValidUntil), (accepted.Status, accepted.ObtainedLevel, accepted.ValidUntil));
        Assert.Equal(SupplierStatus.Expired, accepted.StatusOn(accepted.ValidUntil!.Value.AddDays(1)));
        Assert.Equal(Today, accepted.CheckedOn);
        accepted.Important = true;
        Assert.False(accepted.YearlyCheckDue(Today));
        Assert.True(accepted.YearlyCheckDue(Today.AddYears(1).AddDays(-30)));

        // The link takes no second answer once the request is closed.
        var closed = await Assert.ThrowsAsync<RequestLinkException>(() =>
            Requests(db).DeclareAsync(token, first.NewClaim!, new DeclarationInput(3, "X", Today, null, "山田", null)));
        Assert.Equal(RequestLinkProblem.Closed, closed.Problem);
        Assert.Equal(
            [AuditEventType.RequestSent, AuditEventType.RequestClaimed, AuditEventType.RequestAnswered, AuditEventType.RequestAccepted],
            await db.AuditEvents.Where(e => e.EntityType == nameof(SupplierRequest)).OrderBy(e => e.Id).Select(e => e.Type).ToListAsync());
    }

    [Fact]
    public async Task Expired_unknown_and_withdrawn_links_are_refused()
    {
        var (buyer, supplier) = await SeedAsync();
        await using var db = Open();
        var (request, token) = await Requests(db).SendAsync(buyer, supplier, new RequestInput(3, Today.AddDays(7), null), Buyer);
        Assert.Equal(RequestLinkProblem.Unknown, (await Assert.ThrowsAsync<RequestLinkException>(() => Requests(db).OpenAsync(token + "x", null))).Problem);
        Assert.Equal(RequestLinkProblem.Unknown, (await Assert.ThrowsAsync<RequestLinkException>(() => Requests(db).OpenAsync("garbage", null))).Problem);

        var again = await Assert.ThrowsAsync<ValidationException>(() => Requests(db).SendAsync(buyer, supplier, new RequestInput(3, Today.AddDays(7), null), Buyer));
        Assert.Equal("supplier", again.Field);

        database.Clock.Advance(TimeSpan.FromDays(Policy.LinkValidityDays + 1));
        Assert.Equal(RequestLinkProblem.Expired, (await Assert.ThrowsAsync<RequestLinkException>(() => Requests(db).OpenAsync(token, null))).Problem);

        await Requests(db).WithdrawAsync(buyer, request.Id, Buyer);
        Assert.Equal(RequestLinkProblem.Closed, (await Assert.ThrowsAsync<RequestLinkException>(() => Requests(db).OpenAsync(token, null))).Problem);
        db.ChangeTracker.Clear();
        Assert.Equal(SupplierStatus.NotRequested, (await db.Suppliers.SingleAsync(s => s.Id == supplier)).Status);
    }

    [Fact]
    public async Task A_shared_assessment_answers_and_revoking_consent_blocks_acceptance()
    {
        var (buyer, supplier) = await SeedAsync();
        var supplierOrg = await OrganizationAsync("部品工業株式会社");
        await using var db = Open();
        var assessment = await new AssessmentCommands(db, TestDatabase.Catalogs, database.Clock).CreateAsync(supplierOrg, new NewAssessment("2026年度", 3, "meti-scs@1"), SupplierUser);
        var answers = new AnswerCommands(db, TestDatabase.Catalogs, database.Clock);
        await answers.ImportAsync(supplierOrg, assessment.Id,
            TestDatabase.Catalogs.Resolve("meti-scs@1")!.CriteriaUpTo(3).Select(c => new AnswerChange(c.Id, AnswerStatus.Implemented)).ToList(), SupplierUser);

        var (request, token) = await Requests(db).SendAsync(buyer, supplier, new RequestInput(4, Today.AddDays(30), null), Buyer);
        var claim = (await Requests(db).OpenAsync(token, null)).NewClaim!;
        var share = await Requests(db).ShareAsync(token, claim, supplierOrg, assessment.Id, SupplierUser, null);

        var answered = await Requests(db).RequireAsync(buyer, request.Id);
        Assert.Equal((ResponseKind.SharedAssessment, 3), (answered.ResponseKind, answered.AnsweredLevel));
        Assert.NotEmpty(answered.MissedRequirements!.Split(','));   // ★4 requirements are not answered
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.OrganizationId == supplierOrg && e.Type == AuditEventType.AssessmentShared));

        // The buyer cannot revoke the supplier's consent; the supplier can.
        await Assert.ThrowsAsync<NotFoundException>(() => Requests(db).RevokeShareAsync(buyer, share.Id, Buyer));
        await Requests(db).RevokeShareAsync(supplierOrg, share.Id, SupplierUser);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Requests(db).ReviewAsync(buyer, request.Id, ReviewDecision.Accept, null, answered.Version, Buyer));
        Assert.Contains("revoked", refused.Reason, StringComparison.Ordinal);

        // Return for clarification: the same link and claim answer again.
        var noComment = await Assert.ThrowsAsync<ValidationException>(() => Requests(db).ReviewAsync(buyer, request.Id, ReviewDecision.Return, " ", answered.Version, Buyer));
        Assert.Equal("comment", noComment.Field);
        await Requests(db).ReviewAsync(buyer, request.Id, ReviewDecision.Return, "★4の項目も回答してください", answered.Version, Buyer);
        await Requests(db).DeclareAsync(token, claim, new DeclarationInput(3, "SCS-3-1", Today, null, "山田", null));
        var reanswered = await Requests(db).RequireAsync(buyer, request.Id);
        await Requests(db).ReviewAsync(buyer, request.Id, ReviewDecision.Reject, "★4が必要です", reanswered.Version, Buyer);
        db.ChangeTracker.Clear();
        Assert.Equal(SupplierStatus.Rejected, (await db.Suppliers.SingleAsync(s => s.Id == supplier)).Status);
    }

    [Fact]
    public async Task A_questionnaire_answer_records_the_requirements_missed()
    {
        var (buyer, supplier) = await SeedAsync();
        await using var db = Open();
        var (request, token) = await Requests(db).SendAsync(buyer, supplier, new RequestInput(3, Today.AddDays(30), null), Buyer);
        var claim = (await Requests(db).OpenAsync(token, null)).NewClaim!;
        var criteria = TestDatabase.Catalogs.Resolve(null)!.CriteriaUpTo(3).ToList();
        var missed = criteria[0].Requirement.Id;
        var answers = criteria.Select(c => new QuestionnaireAnswer(c.Id, c.Requirement.Id == missed ? AnswerStatus.NotImplemented : AnswerStatus.Implemented, null)).ToList();

        // A ★4 criterion (of the draft, the only built-in catalog that carries ★4) is not asked in a ★3 questionnaire.
        var star4 = TestDatabase.Catalogs.Resolve("meti-scs@1")!.Criteria.First(c => c.Level == 4);
        var notAsked = await Assert.ThrowsAsync<ValidationException>(() =>
            Requests(db).AnswerQuestionnaireAsync(token, claim, [.. answers, new QuestionnaireAnswer(star4.Id, AnswerStatus.Implemented, null)], "山田", null));
        Assert.Equal($"answers[{answers.Count}].criterion", notAsked.Field);

        await Requests(db).AnswerQuestionnaireAsync(token, claim, answers, "山田", null);
        var answered = await Requests(db).RequireAsync(buyer, request.Id);
        Assert.Equal((missed, null), (answered.MissedRequirements, answered.AnsweredLevel));
        var noLevel = await Assert.ThrowsAsync<ValidationException>(() => Requests(db).ReviewAsync(buyer, request.Id, ReviewDecision.Accept, null, answered.Version, Buyer));
        Assert.Equal("request", noLevel.Field);
    }

    [Fact]
    public async Task Another_organizations_suppliers_and_requests_cannot_be_reached()
    {
        var (_, supplier) = await SeedAsync();
        var intruder = await OrganizationAsync("他社");
        await using var db = Open();
        await Assert.ThrowsAsync<NotFoundException>(() => Suppliers(db).UpdateAsync(intruder, supplier, new SupplierInput("乗っ取り"), 1, Buyer));
        await Assert.ThrowsAsync<NotFoundException>(() => Suppliers(db).DecideLevelAsync(intruder, supplier, new LevelDecisionInput(true, true, true, null, 4, "x"), Buyer));
        await Assert.ThrowsAsync<NotFoundException>(() => Requests(db).SendAsync(intruder, supplier, new RequestInput(3, Today.AddDays(3), null), Buyer));
        var owner = (await db.Suppliers.SingleAsync(s => s.Id == supplier)).OrganizationId;
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Suppliers(db).UpdateAsync(owner, supplier, new SupplierInput("新しい名前"), 99, Buyer));
        Assert.Equal(99, stale.ExpectedVersion);
    }
}

public sealed class SqliteSupplyChainTests() : SupplyChainTests(DatabaseProvider.Sqlite);

public sealed class PostgresSupplyChainTests() : SupplyChainTests(DatabaseProvider.Postgres);
