namespace Hoshi.Data.Entities;

/// <summary>
/// A row that belongs to one organization. Every query filters by <see cref="OrganizationId"/>: it keeps
/// tenants apart, and it is the key PostgreSQL can distribute the data by when one server is not enough.
/// </summary>
public interface IOrganizationOwned
{
    Guid OrganizationId { get; }
}
