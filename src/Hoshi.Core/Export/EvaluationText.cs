using System.Globalization;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Export;

/// <summary>An evaluation as a short report for people, in Japanese or English.</summary>
public static class EvaluationText
{
    public static void Write(Evaluation.Evaluation e, Catalog catalog, string language, TextWriter output)
    {
        var ja = language != "en";
        string Stars(int? level) => level is { } l ? "★" + l.ToString(CultureInfo.InvariantCulture) : ja ? "なし" : "none";

        output.WriteLine(ja ? $"カタログ: {catalog.Title.Ja} ({catalog.Key})" : $"Catalog: {catalog.Title.In("en")} ({catalog.Key})");
        output.WriteLine(ja ? $"目標: {Stars(e.TargetLevel)}    到達: {Stars(e.AchievedLevel)}" : $"Target: {Stars(e.TargetLevel)}    Reached: {Stars(e.AchievedLevel)}");
        output.WriteLine(e.Achieved
            ? (ja ? $"判定: {Stars(e.TargetLevel)} の要求事項をすべて満たしています。" : $"Result: every criterion of {Stars(e.TargetLevel)} is met.")
            : (ja ? $"判定: {Stars(e.TargetLevel)} に未達です（不足 {e.Gaps.Count} 件）。" : $"Result: {Stars(e.TargetLevel)} is not reached ({e.Gaps.Count} gaps)."));
        output.WriteLine();

        var c = e.Counts;
        output.WriteLine(ja
            ? $"対象 {c.Total} 件: 実施済 {c.Met} / 対象外 {c.NotApplicable} / 一部実施 {c.Partial} / 未実施 {c.NotMet} / 未回答 {c.Unanswered}"
            : $"{c.Total} criteria: implemented {c.Met} / not applicable {c.NotApplicable} / partial {c.Partial} / not implemented {c.NotMet} / unanswered {c.Unanswered}");
        if (c.UnjustifiedNotApplicable > 0)
        {
            output.WriteLine(ja
                ? $"注意: 理由のない「対象外」が {c.UnjustifiedNotApplicable} 件あります。理由を書くまで満たしたことになりません。"
                : $"Warning: {c.UnjustifiedNotApplicable} not-applicable answers have no justification and do not count as met.");
        }

        output.WriteLine();
        output.WriteLine(ja ? "カテゴリ別の進捗:" : "Progress by category:");
        foreach (var p in e.Categories)
        {
            var category = catalog.Categories.Single(x => x.Id == p.Id);
            output.WriteLine($"  {p.Id} {DisplayWidth.PadRight(category.Title.In(language), 28)} [{category.CsfFunction}] {p.Satisfied,3}/{p.Total,-3} {p.Percent,3}%");
        }

        if (e.Gaps.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(ja ? "不足している項目:" : "Gaps:");
            var width = e.Gaps.Max(g => g.CriterionId.Length);
            foreach (var g in e.Gaps)
            {
                var status = g.MissingJustification ? (ja ? "対象外(理由なし)" : "not applicable (no justification)") : g.Status.Label(language);
                var text = catalog.FindCriterion(g.CriterionId)!.Text.In(language).Split('\n')[0];
                output.WriteLine($"  {g.CriterionId.PadRight(Math.Max(6, width))} ★{g.Level} {DisplayWidth.PadRight(status, 16)} {Shorten(text, 50)}");
            }
        }

        if (e.MetWithoutEvidence.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(ja
                ? $"証跡のない実施済の項目 ({e.MetWithoutEvidence.Count} 件): {string.Join(", ", e.MetWithoutEvidence)}"
                : $"Implemented without evidence ({e.MetWithoutEvidence.Count}): {string.Join(", ", e.MetWithoutEvidence)}");
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
