using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;

namespace Hoshi.Web.Features.Assessments;

/// <summary>
/// The workspace's filter: what still needs work, a category, a level. Criterion pages carry it, so that their
/// previous/next links and "save and go to the next" walk the same list in the same order as the workspace.
/// </summary>
public sealed record WorkspaceFilter(string Filter, string? Category, int? Level)
{
    public const string All = "all";

    private static readonly string[] Known = [All, "unanswered", "gaps", "noevidence", "review"];

    public static WorkspaceFilter Of(string? filter, string? category, int? level) =>
        new(Known.Contains(filter) ? filter! : All, string.IsNullOrEmpty(category) ? null : category, level);

    /// <summary>Whether matching needs the answers and evidence (an <see cref="AssessmentSnapshot"/>), not just the catalog.</summary>
    public bool NeedsAnswers => Filter != All;

    /// <summary>The query string that carries the filter ("" when nothing is filtered), to append to a criterion link.</summary>
    public string Query => RouteValues.Count == 0 ? "" : "?" + string.Join("&", RouteValues.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));

    public Dictionary<string, string> RouteValues
    {
        get
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Filter != All)
            {
                values["filter"] = Filter;
            }

            if (Category is not null)
            {
                values["category"] = Category;
            }

            if (Level is { } level)
            {
                values["level"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return values;
        }
    }

    /// <summary>
    /// The requirements the workspace shows, in catalog order, before matching criteria: those with a criterion of
    /// the target (of the chosen level, when one is chosen). A requirement can hold criteria of several levels.
    /// </summary>
    public IEnumerable<Requirement> Requirements(Catalog catalog, int targetLevel) => catalog.RequirementsUpTo(targetLevel)
        .Where(r => Category is null || r.Category.Id == Category)
        .Where(r => Level is null || r.CriteriaUpTo(targetLevel).Any(c => c.Level == Level));

    /// <summary>
    /// Whether the workspace shows a criterion: of the chosen level, within the assessment's target (when the
    /// snapshot is given; <see cref="Criteria"/> keeps to the target itself), and matching the filter.
    /// </summary>
    /// <param name="snapshot">Required when <see cref="NeedsAnswers"/>.</param>
    public bool Matches(Criterion criterion, AssessmentSnapshot? snapshot) =>
        (Level is null || criterion.Level == Level)
        && (snapshot is null || criterion.Level <= snapshot.Assessment.TargetLevel)
        && Filter switch
        {
            "unanswered" => snapshot!.StatusOf(criterion.Id) == AnswerStatus.Unanswered,
            "gaps" => snapshot!.Evaluation.Gaps.Any(g => g.CriterionId == criterion.Id),
            "noevidence" => snapshot!.Evaluation.MetWithoutEvidence.Contains(criterion.Id),
            "review" => snapshot!.Answers.TryGetValue(criterion.Id, out var answer) && answer.NeedsReview,
            _ => true,
        };

    /// <summary>The criteria shown, in the workspace's order: only those of the target, even of a requirement that also holds others.</summary>
    public IReadOnlyList<Criterion> Criteria(Catalog catalog, int targetLevel, AssessmentSnapshot? snapshot) =>
        Requirements(catalog, targetLevel).SelectMany(r => r.CriteriaUpTo(targetLevel)).Where(c => Matches(c, snapshot)).ToList();
}
