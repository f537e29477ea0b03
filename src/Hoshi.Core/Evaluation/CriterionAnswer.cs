namespace Hoshi.Core.Evaluation;

/// <summary>What the evaluator needs to know of one answer.</summary>
public sealed record CriterionAnswer(string CriterionId, AnswerStatus Status, string? Justification = null, bool HasEvidence = false)
{
    public bool HasJustification => !string.IsNullOrWhiteSpace(Justification);

    /// <summary>
    /// Met for the level: implemented, or not applicable with a written justification.
    /// Partial, planned or unjustified answers never count.
    /// </summary>
    public bool Satisfies => Status == AnswerStatus.Implemented || (Status == AnswerStatus.NotApplicable && HasJustification);
}
