using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Admin;

/// <summary>
/// The authentication log of the organization's members (time, source IP, user, result), for administrators,
/// filterable by user, result and period. Requirement 47 asks for a monthly review of exactly this.
/// </summary>
public sealed class AuthLogModel(HoshiDbContext db, TimeProvider clock) : OrgPageModel(db, clock)
{
    protected override Access RequiredAccess => Access.Administer;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    /// <summary>all, failed or succeeded.</summary>
    [BindProperty(SupportsGet = true)]
    public string Result { get; set; } = "all";

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<AuthEvent> Events { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var members = Db.Memberships.Where(m => m.OrganizationId == Org.Organization.Id).Select(m => m.UserId);
        var memberNames = Db.Users.Where(u => members.Contains(u.Id)).Select(u => u.Email);
        var query = Db.AuthEvents.Where(e => (e.UserId != null && members.Contains(e.UserId.Value)) || memberNames.Contains(e.UserName));
        if (!string.IsNullOrWhiteSpace(UserFilter))
        {
            query = query.Where(e => e.UserName.Contains(UserFilter));
        }

        query = Result switch
        {
            "failed" => query.Where(e => !e.Succeeded),
            "succeeded" => query.Where(e => e.Succeeded),
            _ => query,
        };
        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-9);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-9);
            query = query.Where(e => e.At < end);
        }

        Events = await query.OrderByDescending(e => e.Id).Take(500).ToListAsync();
    }
}
