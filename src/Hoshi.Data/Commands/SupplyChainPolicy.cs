namespace Hoshi.Data.Commands;

/// <summary>
/// How long an accepted ★ counts and how long a request link lives. The scheme reports one year for ★3 and
/// three for ★4; both are configurable because the official figures may still change.
/// </summary>
public sealed record SupplyChainPolicy(int Star3ValidityMonths = 12, int Star4ValidityMonths = 36, int LinkValidityDays = 30)
{
    public DateOnly ValidUntil(int level, DateOnly from) =>
        from.AddMonths(level >= 4 ? Star4ValidityMonths : Star3ValidityMonths).AddDays(-1);
}
