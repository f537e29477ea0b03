namespace Hoshi.Data.Entities;

/// <summary>Links one evidence file to one criterion of one assessment; a file may support many criteria.</summary>
public sealed class EvidenceLink : IOrganizationOwned
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid EvidenceFileId { get; set; }
    public Guid AssessmentId { get; set; }
    public required string CriterionId { get; set; }
    public DateTime LinkedAt { get; set; }
    public required string LinkedBy { get; set; }
}
