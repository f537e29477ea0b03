using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Crosswalks;

/// <summary>
/// The answer carried to one target criterion: a status only when all its sources agree, their justifications
/// (each headed by its source criterion) and evidence files. A carried answer is never taken as confirmed:
/// <see cref="NeedsReview"/> (要確認) is set whenever anything was carried.
/// </summary>
public sealed record CarriedAnswer(
    string CriterionId, CarryOutcome Outcome, AnswerStatus Status, string? Justification, IReadOnlyList<Guid> Evidence, IReadOnlyList<string> Sources)
{
    /// <summary>Something was carried (a status, a justification or evidence): store it as an answer to review.</summary>
    public bool HasContent => Status != AnswerStatus.Unanswered || Justification is not null || Evidence.Count > 0;

    /// <summary>要確認: every answer that carries anything must be confirmed before it counts.</summary>
    public bool NeedsReview => HasContent;
}
