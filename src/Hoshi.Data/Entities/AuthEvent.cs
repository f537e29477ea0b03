namespace Hoshi.Data.Entities;

/// <summary>
/// One authentication event: time, source IP, user and result (requirement 47 asks for exactly these). Kept at
/// least six months. Not organization-owned: a sign-in happens before an organization is chosen; administrators
/// see the events of their organization's members.
/// </summary>
public sealed class AuthEvent
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }

    /// <summary>The name that was typed, also when no such user exists.</summary>
    public required string UserName { get; set; }
    public required string IpAddress { get; set; }
    public AuthEventKind Kind { get; set; }
    public bool Succeeded { get; set; }
}
