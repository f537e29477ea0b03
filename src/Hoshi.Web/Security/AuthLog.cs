using Hoshi.Data;
using Hoshi.Data.Entities;

namespace Hoshi.Web.Security;

/// <summary>Writes the authentication log: time, source IP, user and result.</summary>
public sealed class AuthLog(HoshiDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task RecordAsync(AuthEventKind kind, string userName, Guid? userId, bool succeeded)
    {
        db.AuthEvents.Add(new AuthEvent
        {
            At = clock.GetUtcNow().UtcDateTime,
            Kind = kind,
            UserName = userName.Length > 256 ? userName[..256] : userName,
            UserId = userId,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            Succeeded = succeeded,
        });
        await db.SaveChangesAsync();
    }
}
