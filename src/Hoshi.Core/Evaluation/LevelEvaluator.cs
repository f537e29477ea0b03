using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Evaluation;

/// <summary>
/// Applies the scheme's rules: a level is achieved only when every criterion of that level and below is
/// implemented, or not applicable with a written justification. Criteria without an answer are unanswered.
/// A level whose criteria the catalog does not carry (<see cref="Catalog.IncompleteLevels"/>) is neither a target
/// nor ever reached.
/// </summary>
public static class LevelEvaluator
{
    public static Evaluation Evaluate(Catalog catalog, int targetLevel, IEnumerable<CriterionAnswer> answers)
    {
        if (!catalog.Levels.Contains(targetLevel))
        {
            throw new ArgumentOutOfRangeException(nameof(targetLevel), targetLevel, $"catalog {catalog.Key} has levels {string.Join(", ", catalog.Levels)}");
        }

        if (!catalog.IsComplete(targetLevel))
        {
            throw new ArgumentOutOfRangeException(nameof(targetLevel), targetLevel, $"catalog {catalog.Key} does not carry the criteria of ★{string.Join(", ★", catalog.IncompleteLevels)}; import IPA's workbook first");
        }

        var byCriterion = Index(catalog, answers);
        CriterionAnswer AnswerFor(Criterion c) => byCriterion.GetValueOrDefault(c.Id) ?? new CriterionAnswer(c.Id, AnswerStatus.Unanswered);

        var achievedLevel = catalog.Levels
            .Where(catalog.IsComplete)
            .Where(level => catalog.CriteriaUpTo(level).All(c => AnswerFor(c).Satisfies))
            .Select(level => (int?)level)
            .LastOrDefault();

        var scope = catalog.CriteriaUpTo(targetLevel).Select(c => (Criterion: c, Answer: AnswerFor(c))).ToList();
        var gaps = scope
            .Where(x => !x.Answer.Satisfies)
            .Select(x => new Gap(x.Criterion.Id, x.Criterion.Requirement.Id, x.Criterion.Level, x.Answer.Status, x.Answer.Status == AnswerStatus.NotApplicable))
            .ToList();

        return new Evaluation(
            catalog.Key,
            targetLevel,
            achievedLevel >= targetLevel,
            achievedLevel,
            Count(scope.Select(x => x.Answer)),
            gaps,
            Group(scope, x => x.Criterion.Requirement.Category.Id),
            Group(scope, x => x.Criterion.Requirement.Category.CsfFunction),
            scope.Where(x => x.Answer.Status == AnswerStatus.Implemented && !x.Answer.HasEvidence).Select(x => x.Criterion.Id).ToList());
    }

    private static Dictionary<string, CriterionAnswer> Index(Catalog catalog, IEnumerable<CriterionAnswer> answers)
    {
        var index = new Dictionary<string, CriterionAnswer>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (catalog.FindCriterion(answer.CriterionId) is null)
            {
                throw new ArgumentException($"criterion {answer.CriterionId} is not in catalog {catalog.Key}", nameof(answers));
            }

            if (!index.TryAdd(answer.CriterionId, answer))
            {
                throw new ArgumentException($"criterion {answer.CriterionId} is answered twice", nameof(answers));
            }
        }

        return index;
    }

    private static StatusCounts Count(IEnumerable<CriterionAnswer> answers)
    {
        var list = answers.ToList();
        int Of(AnswerStatus s) => list.Count(a => a.Status == s);
        var justifiedNotApplicable = list.Count(a => a.Status == AnswerStatus.NotApplicable && a.HasJustification);
        return new StatusCounts(
            Total: list.Count,
            Met: Of(AnswerStatus.Implemented),
            NotMet: Of(AnswerStatus.NotImplemented),
            Partial: Of(AnswerStatus.Partial),
            Unanswered: Of(AnswerStatus.Unanswered),
            NotApplicable: justifiedNotApplicable,
            UnjustifiedNotApplicable: Of(AnswerStatus.NotApplicable) - justifiedNotApplicable);
    }

    private static List<Progress> Group(
        List<(Criterion Criterion, CriterionAnswer Answer)> scope, Func<(Criterion Criterion, CriterionAnswer Answer), string> key) =>
        scope.GroupBy(key)
            .Select(g => new Progress(g.Key, g.Count(), g.Count(x => x.Answer.Satisfies)))
            .ToList();
}
