using System.Text;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;

namespace Hoshi.Web.Features.Setup;

/// <summary>
/// A demo organization with a realistic, partly finished ★3 assessment, so a newcomer sees full screens.
/// Created on request at setup, with the new administrator as its administrator; it holds no account itself.
/// </summary>
public sealed class DemoOrganization(
    CatalogLibrary catalogs, OrganizationCommands organizations, MembershipCommands memberships, AssessmentCommands assessments,
    AnswerCommands answers, EvidenceCommands evidence, RemediationCommands remediation, TimeProvider clock)
{
    public async Task<Guid> CreateAsync(HoshiUser administrator, Actor actor)
    {
        var organization = await organizations.CreateAsync("デモ株式会社（サンプル）", null, actor);
        await memberships.AddAsync(organization.Id, new NewMembership(administrator.Id, MemberRole.Administrator), actor);

        var scope = await organizations.CreateScopeAsync(organization.Id, "本社・工場（全拠点）", "本社事務所、第一工場、社内ネットワークと利用クラウドサービス", actor);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var assessment = await assessments.CreateAsync(organization.Id,
            new NewAssessment($"{today.Year}年度 ★3 自己評価", 3, null, scope.Id, today.AddMonths(-2), today.AddMonths(10), "情報システム課 田中"), actor);

        var catalog = catalogs.Resolve(null)!;
        var criteria = catalog.CriteriaUpTo(3).ToList();
        var changes = new List<AnswerChange>();
        for (var i = 0; i < criteria.Count; i++)
        {
            // About two thirds done, some partial, a few not yet, the rest unanswered: a typical mid-way picture.
            var status = (i % 9) switch
            {
                < 5 => AnswerStatus.Implemented,
                5 => AnswerStatus.Partial,
                6 => AnswerStatus.NotImplemented,
                _ => AnswerStatus.Unanswered,
            };
            changes.Add(new AnswerChange(criteria[i].Id, status, Note: status == AnswerStatus.Partial ? "一部の部署のみ対応済み。全社展開を計画中。" : null));
        }

        changes[criteria.FindIndex(c => c.Id == "1-2-3-1")] = new AnswerChange("1-2-3-1", AnswerStatus.Implemented, Note: "就業規則第12条と誓約書で対応");
        await answers.ImportAsync(organization.Id, assessment.Id, changes, actor);

        var policy = await AddTextAsync(organization.Id, "情報セキュリティ基本方針_第2版.txt",
            "情報セキュリティ基本方針（第2版）\n制定: 2024年4月1日 改定: 2025年4月1日\n承認: 代表取締役\n1. 目的 …", today.AddYears(1), actor);
        var inventory = await AddTextAsync(organization.Id, "IT資産台帳_2025年度.csv",
            "種別,製造元,OS,台数,設置場所\nパソコン,富士通,Windows 11,42,本社\nサーバ,Dell,Windows Server 2022,2,サーバ室\n", today.AddDays(20), actor);
        foreach (var criterionId in new[] { "1-3-1-1", "1-3-1-2" })
        {
            await evidence.LinkAsync(organization.Id, policy, assessment.Id, criterionId, actor);
        }

        foreach (var criterionId in new[] { "3-1-1-1", "3-1-1-2" })
        {
            await evidence.LinkAsync(organization.Id, inventory, assessment.Id, criterionId, actor);
        }

        var gaps = LevelEvaluator.Evaluate(catalog, 3, changes.Select(c => new CriterionAnswer(c.CriterionId, c.Status))).Gaps;
        var owners = new[] { "情報システム課 田中", "総務部 佐藤", "製造部 鈴木" };
        for (var i = 0; i < 3 && i < gaps.Count; i++)
        {
            var gap = gaps[i * 3];
            var text = catalog.FindCriterion(gap.CriterionId)!.Text.Ja.Split('\n')[0].TrimStart('・');
            await remediation.CreateAsync(organization.Id, assessment.Id,
                new NewRemediation(gap.CriterionId, $"対応: {(text.Length > 40 ? text[..40] + "…" : text)}", owners[i], today.AddDays(i == 0 ? -10 : 30 * i)), actor);
        }

        return organization.Id;
    }

    private async Task<Guid> AddTextAsync(Guid organizationId, string fileName, string text, DateOnly expires, Actor actor)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var file = await evidence.AddAsync(organizationId, content, new NewEvidence(fileName, "デモ用のサンプル証跡", expires), actor);
        return file.Id;
    }
}
