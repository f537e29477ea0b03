namespace Hoshi.Core.Evaluation;

/// <summary>The result of evaluating answers against a target ★ level.</summary>
public sealed record Evaluation(
    string CatalogKey,
    int TargetLevel,
    bool Achieved,
    int? AchievedLevel,
    StatusCounts Counts,
    IReadOnlyList<Gap> Gaps,
    IReadOnlyList<Progress> Categories,
    IReadOnlyList<Progress> Functions,
    IReadOnlyList<string> MetWithoutEvidence);
