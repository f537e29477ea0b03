using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Crosswalks;

/// <summary>
/// The rule for carrying answers along a crosswalk, pure: a target criterion takes a status only when every
/// source criterion mapped to it has that same status (an unanswered source disagrees with an answered one);
/// otherwise it stays unanswered. Justifications and evidence of all its sources are carried either way, and
/// everything carried is marked to review. A not-applicable status is carried only with a justification.
/// </summary>
public static class AnswerCarryOver
{
    public static CarryOverResult Carry(Crosswalk crosswalk, Catalog to, int targetLevel, IEnumerable<SourceAnswer> answers)
    {
        if (to.Key != crosswalk.To)
        {
            throw new ArgumentException($"the crosswalk carries answers to {crosswalk.To}, not to {to.Key}", nameof(to));
        }

        var bySource = new Dictionary<string, SourceAnswer>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (!bySource.TryAdd(answer.CriterionId, answer))
            {
                throw new ArgumentException($"criterion {answer.CriterionId} is answered twice", nameof(answers));
            }
        }

        var scope = to.CriteriaUpTo(targetLevel).ToList();
        var carried = scope.Select(c => For(crosswalk, c.Id, bySource)).ToList();
        var used = carried.SelectMany(c => c.Sources).ToHashSet(StringComparer.Ordinal);
        var leftBehind = bySource.Values
            .Where(a => !used.Contains(a.CriterionId) && (a.Status != AnswerStatus.Unanswered || a.Justification is not null || a.Evidence.Count > 0))
            .Select(a => a.CriterionId)
            .ToList();
        return new CarryOverResult(carried, leftBehind);
    }

    /// <summary>The answer carried to one target criterion from the answers of its source criteria.</summary>
    public static CarriedAnswer For(Crosswalk crosswalk, string targetCriterionId, IReadOnlyDictionary<string, SourceAnswer> answers)
    {
        var sources = crosswalk.SourcesOf(targetCriterionId);
        if (sources.Count == 0)
        {
            return new CarriedAnswer(targetCriterionId, CarryOutcome.New, AnswerStatus.Unanswered, null, [], []);
        }

        var given = sources.Select(s => answers.GetValueOrDefault(s) ?? new SourceAnswer(s, AnswerStatus.Unanswered, null, [])).ToList();
        var justifications = given
            .Where(a => !string.IsNullOrWhiteSpace(a.Justification))
            .Select(a => $"[{a.CriterionId}] {a.Justification!.Trim()}")
            .ToList();
        var justification = justifications.Count == 0 ? null : string.Join('\n', justifications);
        var evidence = given.SelectMany(a => a.Evidence).Distinct().ToList();

        var statuses = given.Select(a => a.Status).Distinct().ToList();
        var (outcome, status) = statuses switch
        {
            [AnswerStatus.Unanswered] => (CarryOutcome.Unanswered, AnswerStatus.Unanswered),
            [AnswerStatus.NotApplicable] when justification is null => (CarryOutcome.Unanswered, AnswerStatus.Unanswered),
            [var agreed] => (CarryOutcome.Carried, agreed),
            _ => (CarryOutcome.Conflicting, AnswerStatus.Unanswered),
        };
        return new CarriedAnswer(targetCriterionId, outcome, status, justification, evidence, sources);
    }
}
