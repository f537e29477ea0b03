namespace Hoshi.Data.Entities;

/// <summary>The per-supplier checklists the catalog asks of a buyer; stored by name.</summary>
public enum SupplierChecklist
{
    /// <summary>Requirement 15: roles and responsibilities when a security incident happens.</summary>
    IncidentRoles,
    /// <summary>Requirement 16: confidential information and access rights to collect or destroy at contract end.</summary>
    ContractEnd,
}
