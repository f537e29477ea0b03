namespace Hoshi.Core.Crosswalks;

/// <summary>
/// Answers carried to a catalog: one entry per target criterion of the target level and below, in catalog order,
/// and the answered source criteria whose answers went nowhere (no counterpart within that level).
/// </summary>
public sealed record CarryOverResult(IReadOnlyList<CarriedAnswer> Criteria, IReadOnlyList<string> LeftBehind)
{
    public IEnumerable<CarriedAnswer> Carried => Criteria.Where(c => c.Outcome == CarryOutcome.Carried);

    public IEnumerable<CarriedAnswer> Conflicting => Criteria.Where(c => c.Outcome == CarryOutcome.Conflicting);

    public IEnumerable<CarriedAnswer> New => Criteria.Where(c => c.Outcome == CarryOutcome.New);

    /// <summary>The answers to store, each marked to review.</summary>
    public IEnumerable<CarriedAnswer> ToStore => Criteria.Where(c => c.HasContent);
}
