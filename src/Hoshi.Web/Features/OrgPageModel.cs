using System.Security.Claims;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features;

/// <summary>
/// Base of every page inside an organization (/o/{org}/…). Before any handler runs it loads the signed-in
/// user's membership of that organization, answers 404 when there is none (an id reveals nothing about other
/// tenants), sends administrators without MFA to enrol, and checks <see cref="RequiredAccess"/>.
/// </summary>
public abstract class OrgPageModel(HoshiDbContext db, TimeProvider clock) : PageModel
{
    [FromRoute(Name = "org")]
    public Guid OrganizationId { get; set; }

    public OrgContext Org { get; private set; } = null!;

    protected HoshiDbContext Db { get; } = db;
    protected TimeProvider Clock { get; } = clock;

    /// <summary>What the page needs, for GET and POST alike unless a handler asks for more itself.</summary>
    protected virtual Access RequiredAccess => HttpMethods.IsGet(Request.Method) ? Access.Read : Access.Edit;

    /// <summary>The assessment the request is about, when there is one in the route.</summary>
    protected virtual Guid? AssessmentInRoute =>
        RouteData.Values.TryGetValue("assessment", out var value) && Guid.TryParse(value?.ToString(), out var id) ? id : null;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var userId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        var now = Clock.GetUtcNow().UtcDateTime;
        // One round trip: the user's memberships of this organization, with the organization and the account flags.
        var rows = await (
            from m in Db.Memberships.AsNoTracking()
            join o in Db.Organizations.AsNoTracking() on m.OrganizationId equals o.Id
            join u in Db.Users.AsNoTracking() on m.UserId equals u.Id
            where m.OrganizationId == OrganizationId && m.UserId == userId
            select new { Membership = m, Organization = o, u.TwoFactorEnabled, u.MustChangePassword }).ToListAsync();
        var row = rows.FirstOrDefault(r => r.Membership.IsActiveAt(now) && (r.Membership.Role != MemberRole.Assessor || AssessmentInRoute is null || r.Membership.AssessmentId == AssessmentInRoute))
            ?? rows.FirstOrDefault(r => r.Membership.IsActiveAt(now));
        if (row is null)
        {
            context.Result = NotFound();
            return;
        }

        if (row.MustChangePassword)
        {
            context.Result = Redirect("/account/password?required=1");
            return;
        }

        var (membership, organization) = (row.Membership, row.Organization);
        if (membership.Role == MemberRole.Administrator && !row.TwoFactorEnabled)
        {
            context.Result = Redirect("/account/mfa?required=1");
            return;
        }

        Org = new OrgContext(organization, membership, now);
        ViewData["Org"] = Org;
        if (!membership.Allows(RequiredAccess, AssessmentInRoute, now))
        {
            // Another assessment is none of an assessor's business (404); in their own, a refused change is a 403.
            context.Result = membership.Role == MemberRole.Assessor && AssessmentInRoute is { } other && other != membership.AssessmentId
                ? NotFound()
                : Forbid();
            return;
        }

        var executed = await next();
        if (executed.Exception is NotFoundException && !executed.ExceptionHandled)
        {
            // An id that is not in this organization: the same answer as an id that does not exist.
            executed.Result = NotFound();
            executed.ExceptionHandled = true;
        }
    }

    protected string UserName => User.Identity?.Name ?? "unknown";

    protected Hoshi.Data.Commands.Actor Actor => new(UserName);
}
