namespace Hoshi.Core.Evaluation;

/// <summary>
/// Criteria of the target scope by answer. <see cref="NotApplicable"/> holds only justified ones;
/// a not-applicable answer without a justification is counted in <see cref="UnjustifiedNotApplicable"/>.
/// </summary>
public sealed record StatusCounts(int Total, int Met, int NotMet, int Partial, int Unanswered, int NotApplicable, int UnjustifiedNotApplicable);
