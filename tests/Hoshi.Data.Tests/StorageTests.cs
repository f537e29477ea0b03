using System.Text;
using Hoshi.Core.Evaluation;
using Hoshi.Data.Audit;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Evidence;
using Hoshi.Data.Queries;
using Hoshi.Hosting;
using Hoshi.Testing;
using Hoshi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Data.Tests;

/// <summary>The storage rules, run unchanged on SQLite and on PostgreSQL (see the two subclasses).</summary>
public abstract class StorageTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Actor Alice = new("alice");
    private static readonly Actor Bob = new("bob");

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    private HoshiDbContext Open() => database.Open();

    private async Task<(Guid Org, Guid Assessment)> SeedAsync(int level = 4, string name = "株式会社サンプル製作所")
    {
        await using var db = Open();
        var org = await new OrganizationCommands(db, database.Clock).CreateAsync(name, "7000012050002", Alice);
        var assessment = await new AssessmentCommands(db, TestDatabase.Catalogs, database.Clock)
            .CreateAsync(org.Id, new NewAssessment("2026年度 自己評価", level, "meti-scs@1"), Alice);
        return (org.Id, assessment.Id);
    }

    private AnswerCommands Answers(HoshiDbContext db) => new(db, TestDatabase.Catalogs, database.Clock);

    [Fact]
    public async Task Creating_an_organization_writes_its_audit_row()
    {
        var (org, _) = await SeedAsync();
        await using var db = Open();
        var created = await db.AuditEvents.SingleAsync(e => e.OrganizationId == org && e.Type == AuditEventType.OrganizationCreated);
        Assert.Equal("alice", created.Actor);
        Assert.Null(created.Before);
        Assert.Contains("株式会社サンプル製作所", created.After, StringComparison.Ordinal);
        Assert.Equal(DateTimeKind.Utc, created.At.Kind);
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, created.At);
    }

    [Fact]
    public async Task An_assessment_is_pinned_to_its_catalog_version()
    {
        var (org, id) = await SeedAsync();
        await using var db = Open();
        var assessment = await db.RequireAssessmentAsync(org, id);
        Assert.Equal(("meti-scs", "1", 4), (assessment.CatalogId, assessment.CatalogVersion, assessment.TargetLevel));
    }

    [Theory]
    [InlineData(5, null, "target-level")]
    [InlineData(3, "meti-scs@99", "catalog")]
    public async Task Invalid_assessments_are_refused_and_nothing_is_written(int level, string? catalog, string field)
    {
        var (org, _) = await SeedAsync();
        await using var db = Open();
        var before = await db.AuditEvents.CountAsync();
        var e = await Assert.ThrowsAsync<ValidationException>(() =>
            new AssessmentCommands(db, TestDatabase.Catalogs, database.Clock).CreateAsync(org, new NewAssessment("x", level, catalog), Alice));
        Assert.Equal(field, e.Field);
        Assert.Equal(1, await db.Assessments.CountAsync());
        Assert.Equal(before, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task A_target_level_the_catalog_does_not_carry_yet_is_refused_with_the_way_to_import_it()
    {
        var (org, _) = await SeedAsync();
        var catalogs = Core.Catalogs.CatalogLibrary.BuiltIn();
        catalogs.Add(RevisionData.Load(RevisionData.Document(RevisionData.Star3, id: "test-scs")));
        await using var db = Open();
        var commands = new AssessmentCommands(db, catalogs, database.Clock);
        var e = await Assert.ThrowsAsync<ValidationException>(() => commands.CreateAsync(org, new NewAssessment("★4", 4, "test-scs@2026-03-27"), Alice));
        Assert.Equal("target-level", e.Field);
        Assert.Contains("hoshi catalog import-ipa FILE.xlsx --version 2026-03-27", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.Assessments.CountAsync());

        var star3 = await commands.CreateAsync(org, new NewAssessment("★3", 3, "test-scs@2026-03-27"), Alice);
        Assert.Equal(("test-scs", "2026-03-27", 3), (star3.CatalogId, star3.CatalogVersion, star3.TargetLevel));
    }

    [Fact]
    public async Task Another_organizations_rows_cannot_be_reached_by_id()
    {
        var (orgA, assessmentA) = await SeedAsync(name: "A社");
        var (orgB, _) = await SeedAsync(name: "B社");
        await using var db = Open();
        await Assert.ThrowsAsync<NotFoundException>(() => db.RequireAssessmentAsync(orgB, assessmentA));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            Answers(db).SetAsync(orgB, assessmentA, new AnswerChange("2.1", AnswerStatus.Implemented), Bob));
        await Assert.ThrowsAsync<NotFoundException>(() => db.EvaluateAsync(TestDatabase.Catalogs, orgB, assessmentA));

        var evidence = await new EvidenceCommands(db, database.Evidence, TestDatabase.Catalogs, database.Clock)
            .AddAsync(orgA, new MemoryStream("A社の規程"u8.ToArray()), new NewEvidence("規程.txt"), Alice);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            new EvidenceCommands(db, database.Evidence, TestDatabase.Catalogs, database.Clock).LinkAsync(orgB, evidence.Id, assessmentA, "2.1", Bob));
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task Setting_an_answer_records_who_when_and_before_and_after()
    {
        var (org, id) = await SeedAsync();
        await using (var db = Open())
        {
            var first = await Answers(db).SetAsync(org, id, new AnswerChange("2.1", AnswerStatus.Partial, Note: "体制図を作成中", ExpectedVersion: 0), Alice);
            Assert.Equal(1, first.Version);
        }

        database.Clock.Advance(TimeSpan.FromMinutes(5));
        await using (var db = Open())
        {
            var second = await Answers(db).SetAsync(org, id, new AnswerChange("2.1", AnswerStatus.Implemented, ExpectedVersion: 1), Bob);
            Assert.Equal(2, second.Version);
            Assert.Equal("bob", second.UpdatedBy);
        }

        await using (var db = Open())
        {
            var events = await db.AuditEvents.Where(e => e.OrganizationId == org && e.Type == AuditEventType.AnswerSet).OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(2, events.Count);
            Assert.Null(events[0].Before);
            Assert.Contains("\"partial\"", events[0].After, StringComparison.Ordinal);
            Assert.Contains("\"partial\"", events[1].Before, StringComparison.Ordinal);
            Assert.Contains("\"implemented\"", events[1].After, StringComparison.Ordinal);
            Assert.Equal("bob", events[1].Actor);
            Assert.Equal(TimeSpan.FromMinutes(5), events[1].At - events[0].At);
        }
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_the_current_version_and_changes_nothing()
    {
        var (org, id) = await SeedAsync();
        await using (var db = Open())
        {
            await Answers(db).SetAsync(org, id, new AnswerChange("2.1", AnswerStatus.Partial, ExpectedVersion: 0), Alice);
            await Answers(db).SetAsync(org, id, new AnswerChange("2.1", AnswerStatus.Implemented, ExpectedVersion: 1), Alice);
        }

        await using (var db = Open())
        {
            // Bob's screen still shows version 1.
            var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
                Answers(db).SetAsync(org, id, new AnswerChange("2.1", AnswerStatus.NotImplemented, ExpectedVersion: 1), Bob));
            var current = Assert.IsType<Answer>(conflict.Current);
            Assert.Equal((2, AnswerStatus.Implemented, "alice"), (current.Version, current.Status, current.UpdatedBy));
        }

        await using (var db = Open())
        {
            var stored = await db.Answers.SingleAsync();
            Assert.Equal(AnswerStatus.Implemented, stored.Status);
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Type == AuditEventType.AnswerSet));
        }
    }

    [Fact]
    public async Task Two_editors_saving_the_same_version_at_once_cannot_both_win()
    {
        var (org, id) = await SeedAsync();
        await using (var db = Open())
        {
            await Answers(db).SetAsync(org, id, new AnswerChange("2.1", AnswerStatus.Partial, ExpectedVersion: 0), Alice);
        }

        // Both read version 1; the database's concurrency token decides, not the application's check.
        await using var aliceDb = Open();
        await using var bobDb = Open();
        var aliceAnswer = await aliceDb.Answers.SingleAsync();
        var bobAnswer = await bobDb.Answers.SingleAsync();
        aliceAnswer.Status = AnswerStatus.Implemented;
        aliceAnswer.Version++;
        bobAnswer.Status = AnswerStatus.NotImplemented;
        bobAnswer.Version++;
        await aliceDb.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => bobDb.SaveChangesAsync());
    }

    [Fact]
    public async Task Not_applicable_needs_a_justification()
    {
        var (org, id) = await SeedAsync();
        await using var db = Open();
        var e = await Assert.ThrowsAsync<ValidationException>(() =>
            Answers(db).SetAsync(org, id, new AnswerChange("2.1", AnswerStatus.NotApplicable, Justification: "  "), Alice));
        Assert.Equal("justification", e.Field);
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task Unknown_criterion_is_refused()
    {
        var (org, id) = await SeedAsync();
        await using var db = Open();
        var e = await Assert.ThrowsAsync<ValidationException>(() => Answers(db).SetAsync(org, id, new AnswerChange("60.1", AnswerStatus.Implemented), Alice));
        Assert.Equal("criterion", e.Field);
    }

    [Fact]
    public async Task An_import_is_all_or_nothing()
    {
        var (org, id) = await SeedAsync();
        await using (var db = Open())
        {
            var e = await Assert.ThrowsAsync<ValidationException>(() => Answers(db).ImportAsync(org, id,
                [new AnswerChange("2.1", AnswerStatus.Implemented), new AnswerChange("5.1", AnswerStatus.NotApplicable)], Alice));
            Assert.Equal("answers[1].justification", e.Field);
        }

        await using (var db = Open())
        {
            Assert.Equal(0, await db.Answers.CountAsync());
            var changed = await Answers(db).ImportAsync(org, id,
                [new AnswerChange("2.1", AnswerStatus.Implemented), new AnswerChange("5.1", AnswerStatus.NotApplicable, "社外要員なし")], Alice);
            Assert.Equal(2, changed);
        }

        await using (var db = Open())
        {
            // The same file again changes nothing.
            Assert.Equal(0, await Answers(db).ImportAsync(org, id,
                [new AnswerChange("2.1", AnswerStatus.Implemented), new AnswerChange("5.1", AnswerStatus.NotApplicable, "社外要員なし")], Alice));
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Type == AuditEventType.AnswerSet));
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Type == AuditEventType.AnswersImported));
        }
    }

    [Fact]
    public async Task A_stored_assessment_evaluates_with_evidence_links()
    {
        var (org, id) = await SeedAsync(level: 3);
        var level3 = TestDatabase.Catalogs.Resolve("meti-scs@1")!.CriteriaUpTo(3).ToList();
        await using (var db = Open())
        {
            await Answers(db).ImportAsync(org, id, level3.Select(c => new AnswerChange(c.Id, AnswerStatus.Implemented)).ToList(), Alice);
            var evidence = await new EvidenceCommands(db, database.Evidence, TestDatabase.Catalogs, database.Clock)
                .AddAsync(org, new MemoryStream("情報セキュリティ基本方針"u8.ToArray()), new NewEvidence("基本方針.pdf"), Alice);
            foreach (var criterion in level3.Skip(1))
            {
                await new EvidenceCommands(db, database.Evidence, TestDatabase.Catalogs, database.Clock).LinkAsync(org, evidence.Id, id, criterion.Id, Alice);
            }
        }

        await using (var db = Open())
        {
            var result = await db.EvaluateAsync(TestDatabase.Catalogs, org, id);
            Assert.True(result.Achieved);
            Assert.Equal(3, result.AchievedLevel);
            Assert.Equal([level3[0].Id], result.MetWithoutEvidence);

            await Answers(db).SetAsync(org, id, new AnswerChange(level3[5].Id, AnswerStatus.Partial), Alice);
            var after = await db.EvaluateAsync(TestDatabase.Catalogs, org, id);
            Assert.False(after.Achieved);
            Assert.Equal(level3[5].Id, Assert.Single(after.Gaps).CriterionId);
        }
    }

    [Fact]
    public async Task Evidence_is_stored_by_SHA256_once_and_can_support_many_criteria()
    {
        var (org, id) = await SeedAsync();
        var bytes = Encoding.UTF8.GetBytes("バックアップ復元テスト記録 2026-10");
        await using var db = Open();
        var commands = new EvidenceCommands(db, database.Evidence, TestDatabase.Catalogs, database.Clock);
        var first = await commands.AddAsync(org, new MemoryStream(bytes), new NewEvidence("../../etc/記録.txt", ExpiresOn: new DateOnly(2027, 10, 31)), Alice);
        var second = await commands.AddAsync(org, new MemoryStream(bytes), new NewEvidence("copy.txt"), Alice);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), first.Sha256);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal("記録.txt", first.FileName);
        Assert.Equal(bytes.Length, first.Size);
        Assert.Single(Directory.GetFiles(database.Settings.EvidenceDirectory, "*", SearchOption.AllDirectories));
        await using (var stored = database.Evidence.Open(first.Sha256))
        {
            Assert.Equal(bytes, await new BinaryData(stored).ReadAllAsync());
        }

        await commands.LinkAsync(org, first.Id, id, "42.1", Alice);
        await commands.LinkAsync(org, first.Id, id, "43.2", Alice);
        await commands.LinkAsync(org, first.Id, id, "43.2", Alice);
        Assert.Equal(2, await db.EvidenceLinks.CountAsync(l => l.EvidenceFileId == first.Id));
        Assert.Equal(new DateOnly(2027, 10, 31), (await db.RequireEvidenceAsync(org, first.Id)).ExpiresOn);
    }

    [Fact]
    public async Task Oversized_evidence_is_refused_and_leaves_nothing_behind()
    {
        var (org, _) = await SeedAsync();
        await using var db = Open();
        var commands = new EvidenceCommands(db, database.Evidence, TestDatabase.Catalogs, database.Clock);
        await Assert.ThrowsAsync<EvidenceTooLargeException>(() =>
            commands.AddAsync(org, new MemoryStream(new byte[1024 * 1024 + 1]), new NewEvidence("big.zip"), Alice));
        Assert.Equal(0, await db.EvidenceFiles.CountAsync());
        Assert.Empty(Directory.GetFiles(database.Settings.EvidenceDirectory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Remediation_actions_track_owner_due_date_and_status_without_changing_the_answer()
    {
        var (org, id) = await SeedAsync();
        await using var db = Open();
        await Answers(db).SetAsync(org, id, new AnswerChange("27.2", AnswerStatus.NotImplemented), Alice);
        var commands = new RemediationCommands(db, TestDatabase.Catalogs, database.Clock);
        var action = await commands.CreateAsync(org, id, new NewRemediation("27.2", "Microsoft 365 の多要素認証を有効化", "情報システム課 佐藤", new DateOnly(2027, 1, 31)), Alice);
        Assert.Equal(RemediationStatus.Open, action.Status);

        var done = await commands.SetStatusAsync(org, action.Id, RemediationStatus.Done, expectedVersion: 1, Bob);
        Assert.Equal(2, done.Version);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => commands.SetStatusAsync(org, action.Id, RemediationStatus.Cancelled, expectedVersion: 1, Bob));

        // Planned is not done: the answer stays as it was.
        var evaluation = await db.EvaluateAsync(TestDatabase.Catalogs, org, id);
        Assert.Contains(evaluation.Gaps, g => g.CriterionId == "27.2" && g.Status == AnswerStatus.NotImplemented);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.EntityType == nameof(RemediationAction)));
    }

    [Fact]
    public async Task Archived_assessments_refuse_evidence_and_action_changes_until_restored()
    {
        var (org, id) = await SeedAsync();
        await using var db = Open();
        var evidence = new EvidenceCommands(db, database.Evidence, TestDatabase.Catalogs, database.Clock);
        var remediation = new RemediationCommands(db, TestDatabase.Catalogs, database.Clock);
        var file = await evidence.AddToCriterionAsync(org, id, "2.1", new MemoryStream("%PDF-1.4"u8.ToArray()), new NewEvidence("規程.pdf"), Alice);
        var action = await remediation.CreateAsync(org, id, new NewRemediation("2.1", "規程の改訂", "総務課", new DateOnly(2027, 3, 31)), Alice);
        var assessments = new AssessmentCommands(db, TestDatabase.Catalogs, database.Clock);
        await assessments.ArchiveAsync(org, id, Alice);

        var refusals = new Func<Task>[]
        {
            () => evidence.UnlinkAsync(org, file.Id, id, "2.1", Bob),
            () => evidence.LinkAsync(org, file.Id, id, "2.2", Bob),
            () => evidence.AddToCriterionAsync(org, id, "2.2", new MemoryStream("other"u8.ToArray()), new NewEvidence("other.txt"), Bob),
            () => remediation.UpdateAsync(org, id, action.Id, new RemediationChange(Title: "x"), null, Bob),
            () => remediation.DeleteAsync(org, id, action.Id, null, Bob),
            () => remediation.CreateAsync(org, id, new NewRemediation("2.2", "x", "y", new DateOnly(2027, 3, 31)), Bob),
        };
        foreach (var refused in refusals)
        {
            Assert.Equal("assessment", (await Assert.ThrowsAsync<ValidationException>(refused)).Field);
        }

        Assert.Equal((1, 1, 1), (await db.EvidenceFiles.CountAsync(), await db.EvidenceLinks.CountAsync(), await db.RemediationActions.CountAsync()));
        Assert.Single(Directory.GetFiles(database.Settings.EvidenceDirectory, "*", SearchOption.AllDirectories));

        await assessments.RestoreAsync(org, id, Bob);
        await evidence.UnlinkAsync(org, file.Id, id, "2.1", Bob);
        await remediation.DeleteAsync(org, id, action.Id, expectedVersion: 1, Bob);
        Assert.Equal(0, await db.EvidenceLinks.CountAsync() + await db.RemediationActions.CountAsync());
        var types = await db.AuditEvents.Where(e => e.Actor == "bob").Select(e => e.Type).ToListAsync();
        Assert.Equal([AuditEventType.AssessmentRestored, AuditEventType.EvidenceUnlinked, AuditEventType.RemediationDeleted], types.Order());
    }

    [Fact]
    public async Task Archived_assessments_refuse_new_answers()
    {
        var (org, id) = await SeedAsync();
        await using var db = Open();
        await new AssessmentCommands(db, TestDatabase.Catalogs, database.Clock).ArchiveAsync(org, id, Alice);
        var e = await Assert.ThrowsAsync<ValidationException>(() => Answers(db).SetAsync(org, id, new AnswerChange("2.1", AnswerStatus.Implemented), Alice));
        Assert.Equal("assessment", e.Field);
    }

    [Fact]
    public async Task The_audit_log_is_append_only_in_code_and_in_the_database()
    {
        await SeedAsync();
        await using (var db = Open())
        {
            var row = await db.AuditEvents.FirstAsync();
            row.Actor = "mallory";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = Open())
        {
            var update = provider == DatabaseProvider.Postgres ? "UPDATE \"AuditEvents\" SET \"Actor\" = 'mallory'" : "UPDATE AuditEvents SET Actor = 'mallory'";
            var delete = provider == DatabaseProvider.Postgres ? "DELETE FROM \"AuditEvents\"" : "DELETE FROM AuditEvents";
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(update));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(delete));
            Assert.DoesNotContain(await db.AuditEvents.Select(e => e.Actor).ToListAsync(), a => a == "mallory");
            Assert.NotEqual(0, await db.AuditEvents.CountAsync());
        }
    }

    [Fact]
    public async Task The_next_period_starts_from_the_last_answers_marked_to_review()
    {
        var (org, id) = await SeedAsync(level: 3);
        await using (var db = Open())
        {
            await Answers(db).ImportAsync(org, id, [new AnswerChange("2.1", AnswerStatus.Implemented, Note: "体制図あり"), new AnswerChange("5.1", AnswerStatus.NotApplicable, "派遣なし")], Alice);
            var evidence = await new EvidenceCommands(db, database.Evidence, TestDatabase.Catalogs, database.Clock)
                .AddAsync(org, new MemoryStream("体制図"u8.ToArray()), new NewEvidence("体制図.pdf"), Alice);
            await new EvidenceCommands(db, database.Evidence, TestDatabase.Catalogs, database.Clock).LinkAsync(org, evidence.Id, id, "2.1", Alice);
        }

        database.Clock.Advance(TimeSpan.FromDays(365));
        Guid next;
        await using (var db = Open())
        {
            next = (await new AssessmentCommands(db, TestDatabase.Catalogs, database.Clock)
                .StartNextPeriodAsync(org, id, new NewAssessment("2027年度", 3), Bob)).Id;
        }

        await using (var db = Open())
        {
            var carried = await db.Answers.Where(a => a.AssessmentId == next).OrderBy(a => a.CriterionId).ToListAsync();
            Assert.Equal(["2.1", "5.1"], carried.Select(a => a.CriterionId));
            Assert.All(carried, a => Assert.True(a.NeedsReview));
            Assert.Equal("体制図あり", carried[0].Note);
            Assert.Equal(id, (await db.RequireAssessmentAsync(org, next)).PreviousAssessmentId);
            Assert.Equal(1, await db.EvidenceLinks.CountAsync(l => l.AssessmentId == next));
            Assert.Equal(2, await db.Answers.CountAsync(a => a.AssessmentId == id)); // the old period is untouched

            // Confirming an answer clears the mark.
            var confirmed = await Answers(db).SetAsync(org, next, new AnswerChange("2.1", AnswerStatus.Implemented, ExpectedVersion: 1), Bob);
            Assert.False(confirmed.NeedsReview);
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Type == AuditEventType.AssessmentCarriedOver));
        }
    }

    [Theory]
    [InlineData("1234567890123")]
    [InlineData("700001205000")]
    [InlineData("70000120500O2")]
    public async Task Wrong_corporate_numbers_are_refused(string number)
    {
        await using var db = Open();
        var e = await Assert.ThrowsAsync<ValidationException>(() => new OrganizationCommands(db, database.Clock).CreateAsync("X社", number, Alice));
        Assert.Equal("corporate-number", e.Field);
        Assert.Equal(0, await db.Organizations.CountAsync());
    }
}

public sealed class SqliteStorageTests() : StorageTests(DatabaseProvider.Sqlite);

public sealed class PostgresStorageTests() : StorageTests(DatabaseProvider.Postgres);
