using System.Text.Json;
using System.Text.Json.Serialization;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Export;

/// <summary>
/// The published JSON shape of an evaluation (docs/evaluation-json.md); the command line and the API both
/// write this, so scripts can rely on one shape.
/// </summary>
public sealed record EvaluationReport(
    string Catalog,
    int TargetLevel,
    bool Achieved,
    int? AchievedLevel,
    EvaluationReport.CountsReport Counts,
    IReadOnlyList<EvaluationReport.GapReport> Gaps,
    IReadOnlyList<EvaluationReport.CategoryReport> Categories,
    IReadOnlyList<EvaluationReport.ProgressReport> Functions,
    IReadOnlyList<string> MetWithoutEvidence)
{
    private static readonly JsonSerializerOptions Options = new(Json.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static EvaluationReport From(Evaluation.Evaluation e, Catalog catalog) => new(
        e.CatalogKey,
        e.TargetLevel,
        e.Achieved,
        e.AchievedLevel,
        new CountsReport(e.Counts.Total, e.Counts.Met, e.Counts.NotMet, e.Counts.Partial, e.Counts.Unanswered, e.Counts.NotApplicable, e.Counts.UnjustifiedNotApplicable),
        e.Gaps.Select(g => new GapReport(g.CriterionId, g.RequirementId, g.Level, g.StatusCode)).ToList(),
        e.Categories.Select(p =>
        {
            var category = catalog.Categories.Single(c => c.Id == p.Id);
            return new CategoryReport(p.Id, category.CsfFunction, category.Title.Ja, category.Title.In("en"), p.Total, p.Satisfied, p.Percent);
        }).ToList(),
        e.Functions.Select(p => new ProgressReport(p.Id, p.Total, p.Satisfied, p.Percent)).ToList(),
        e.MetWithoutEvidence);

    public void WriteJson(Stream output) => JsonSerializer.Serialize(output, this, Options);

    public sealed record CountsReport(int Total, int Met, int NotMet, int Partial, int Unanswered, int NotApplicable, int UnjustifiedNotApplicable);

    public sealed record GapReport(string Criterion, string Requirement, int Level, string Status);

    /// <summary><see cref="Satisfied"/> counts implemented and justified not-applicable criteria.</summary>
    public sealed record CategoryReport(string Id, string Csf, string TitleJa, string TitleEn, int Total, int Satisfied, int Percent);

    public sealed record ProgressReport(string Id, int Total, int Satisfied, int Percent);
}
