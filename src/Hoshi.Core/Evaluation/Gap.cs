namespace Hoshi.Core.Evaluation;

/// <summary>A criterion of the target scope that is not met, and why.</summary>
public sealed record Gap(string CriterionId, string RequirementId, int Level, AnswerStatus Status, bool MissingJustification)
{
    /// <summary>The status code, or "not_applicable_unjustified" when a not-applicable answer has no justification.</summary>
    public string StatusCode => MissingJustification ? "not_applicable_unjustified" : Status.Code();
}
