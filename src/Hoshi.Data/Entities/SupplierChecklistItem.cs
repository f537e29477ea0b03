namespace Hoshi.Data.Entities;

/// <summary>
/// One line of a per-supplier checklist: the incident roles agreement (requirement 15) or what to collect or
/// destroy when the contract ends (requirement 16), each line with its evidence.
/// </summary>
public sealed class SupplierChecklistItem : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid SupplierId { get; set; }
    public SupplierChecklist Checklist { get; set; }
    public required string Title { get; set; }
    public bool Done { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Note { get; set; }
    public Guid? EvidenceFileId { get; set; }
    public int SortOrder { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public int Version { get; set; }
}
