using Hoshi.Core.Assessments;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Tests;

/// <summary>A realistic assessment record: mostly implemented with evidence, and some gaps, not-applicable answers and unanswered criteria.</summary>
internal static class SampleAssessment
{
    public static readonly DateTimeOffset AssessedAt = new(2026, 11, 20, 8, 30, 15, TimeSpan.Zero);
    public static readonly DateTimeOffset IssuedAt = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    public static string Sha(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// ★<paramref name="level"/>: every criterion implemented with one evidence file, except 2.2 partial, 5.1 not
    /// applicable with a justification, 7.2 unanswered; 2.1 has two files of the same name. With
    /// <paramref name="complete"/> there are no gaps, so the target is reached.
    /// </summary>
    public static AssessmentRecord Create(int level = 4, bool complete = false)
    {
        var criteria = TestFiles.Catalog.CriteriaUpTo(level).Select(c => c.Id switch
        {
            "2.1" => new CriterionRecord(c.Id, AnswerStatus.Implemented, null,
                [new EvidenceRecord("情報セキュリティ基本方針.pdf", Sha("policy v1")), new EvidenceRecord("情報セキュリティ基本方針.pdf", Sha("policy v2"))]),
            "2.2" when !complete => new CriterionRecord(c.Id, AnswerStatus.Partial, "年度内に改訂予定", []),
            "5.1" => new CriterionRecord(c.Id, AnswerStatus.NotApplicable, "派遣社員・出向者を受け入れていないため", []),
            "7.2" when !complete => new CriterionRecord(c.Id, AnswerStatus.Unanswered, null, [new EvidenceRecord("draft.docx", Sha("draft"))]),
            _ => new CriterionRecord(c.Id, AnswerStatus.Implemented, null, [new EvidenceRecord($"evidence-{c.Id}.pdf", Sha(c.Id))]),
        }).ToList();
        return new AssessmentRecord
        {
            Organization = new OrganizationRecord("株式会社サンプル製作所", "1234567890123"),
            ScopeName = "本社・工場",
            AssessmentId = Guid.Parse("3f2b8c1e-5a4d-4e7f-9b21-6c0d8e9f1a2b"),
            Title = $"★{level} 自己評価 2026年度",
            Catalog = TestFiles.Catalog,
            TargetLevel = level,
            PeriodStart = new DateOnly(2026, 4, 1),
            PeriodEnd = new DateOnly(2027, 3, 31),
            AssessedAt = AssessedAt,
            Criteria = criteria,
        };
    }
}
