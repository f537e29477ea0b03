namespace Hoshi.Data.Commands;

/// <summary>
/// The thing asked for does not exist in the caller's organization. Deliberately the same answer whether it
/// does not exist at all or belongs to another organization, so ids reveal nothing across tenants.
/// </summary>
public sealed class NotFoundException(string what, object id) : CommandException($"{what} {id} was not found")
{
    public string What { get; } = what;
}
