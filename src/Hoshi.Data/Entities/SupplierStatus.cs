namespace Hoshi.Data.Entities;

/// <summary>Where a supplier stands with the buyer; stored by name. Expired is derived from the validity date.</summary>
public enum SupplierStatus
{
    /// <summary>未依頼</summary>
    NotRequested,
    /// <summary>依頼中: a request is open and unanswered.</summary>
    Requested,
    /// <summary>回答済み: the supplier answered; the buyer has not reviewed yet.</summary>
    Answered,
    /// <summary>差戻し: the buyer asked for clarification; the supplier answers again.</summary>
    Returned,
    /// <summary>承認済み</summary>
    Accepted,
    /// <summary>却下</summary>
    Rejected,
    /// <summary>期限切れ: an accepted answer past its validity (derived, see Supplier.StatusOn).</summary>
    Expired,
}
