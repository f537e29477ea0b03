namespace Hoshi.Data.Entities;

/// <summary>
/// Why a buyer requires a ★ of a supplier: METI's model decision tree answered, the ★ it proposed, the ★ the
/// buyer decided and its reasons. Kept as history (never updated), so the buyer can show why it asked.
/// </summary>
public sealed class LevelDecision : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid SupplierId { get; set; }

    /// <summary>(1) The buyer's important confidential information is handled on the supplier's IT.</summary>
    public bool HandlesConfidentialInformation { get; set; }

    /// <summary>(2) A stop at the supplier would delay the buyer unacceptably.</summary>
    public bool StopWouldDisruptBuyer { get; set; }

    /// <summary>(3) The supplier's environment can reach the buyer's internal systems.</summary>
    public bool CanReachBuyerSystems { get; set; }

    /// <summary>Other factors weighed when the tree proposes ★3.</summary>
    public string? OtherFactors { get; set; }
    public int ProposedLevel { get; set; }
    public int DecidedLevel { get; set; }
    public required string Reasons { get; set; }
    public DateTime DecidedAt { get; set; }
    public required string DecidedBy { get; set; }
}
