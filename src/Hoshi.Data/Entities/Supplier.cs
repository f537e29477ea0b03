namespace Hoshi.Data.Entities;

/// <summary>
/// A supplier in a buyer's register. <see cref="IOrganizationOwned.OrganizationId"/> is the buyer. The ★ fields
/// are the current state, kept on the row so the portfolio of thousands of suppliers reads one table; the
/// history behind them lives in <see cref="LevelDecision"/> and <see cref="SupplierRequest"/>.
/// </summary>
public sealed class Supplier : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }

    /// <summary>法人番号, 13 digits with a valid check digit, when known; unique within the buyer's register.</summary>
    public string? CorporateNumber { get; set; }

    /// <summary>What the supplier does for the buyer (製造委託, 保守, クラウドサービス…).</summary>
    public string? Relationship { get; set; }

    /// <summary>Requirement 12: the information exchanged with the supplier.</summary>
    public string? InformationExchanged { get; set; }

    /// <summary>Requirement 12: how it is exchanged (e-mail, file service, portal…).</summary>
    public string? ExchangeMethod { get; set; }

    /// <summary>Requirement 11: the buyer's systems the supplier connects to.</summary>
    public string? ConnectedSystems { get; set; }

    /// <summary>Free tags, stored normalised as a comma-separated list without blanks.</summary>
    public string? Tags { get; set; }

    /// <summary>Who in the buyer's organization is responsible for this supplier.</summary>
    public string? Owner { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    /// <summary>An important supplier whose ★ status the buyer checks at least yearly (requirement 14).</summary>
    public bool Important { get; set; }

    /// <summary>The ★ the buyer requires, from the latest <see cref="LevelDecision"/>; null until decided.</summary>
    public int? RequiredLevel { get; set; }
    public SupplierStatus Status { get; set; }

    /// <summary>The due date of the open request, while one is open.</summary>
    public DateOnly? RequestDueOn { get; set; }

    /// <summary>The ★ of the last accepted answer, and until when it counts.</summary>
    public int? ObtainedLevel { get; set; }
    public DateOnly? ValidUntil { get; set; }

    /// <summary>When the buyer last accepted an answer: the yearly check of requirement 14 counts from here.</summary>
    public DateOnly? CheckedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>Marks a change: the time, and the next version for optimistic concurrency.</summary>
    public void Touch(DateTime utcNow)
    {
        UpdatedAt = utcNow;
        Version++;
    }

    /// <summary>
    /// An important supplier whose yearly check (requirement 14) is due within <paramref name="withinDays"/>. The
    /// cycle starts at the first accepted answer; before that the supplier shows as not requested or undecided.
    /// </summary>
    public bool YearlyCheckDue(DateOnly today, int withinDays = 30) =>
        Important && CheckedOn is { } checkedOn && checkedOn.AddYears(1) <= today.AddDays(withinDays);

    /// <summary>The status a person sees: an accepted answer past its validity shows as expired.</summary>
    public SupplierStatus StatusOn(DateOnly today) =>
        Status == SupplierStatus.Accepted && ValidUntil is { } until && until < today ? SupplierStatus.Expired : Status;
}
