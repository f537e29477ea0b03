using Microsoft.AspNetCore.Identity;

namespace Hoshi.Data.Entities;

/// <summary>
/// A person who signs in. Users belong to organizations through <see cref="Membership"/>; an outside assessor
/// may hold memberships in several client organizations.
/// </summary>
public sealed class HoshiUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Set when an administrator issued the password; the user chooses their own at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }
}
