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
        var memberships = await Db.Memberships
            .Where(m => m.OrganizationId == OrganizationId && m.UserId == userId)
            .ToListAsync();
        var membership = memberships.FirstOrDefault(m => m.IsActiveAt(now) && (m.Role != MemberRole.Assessor || AssessmentInRoute is null || m.AssessmentId == AssessmentInRoute))
            ?? memberships.FirstOrDefault(m => m.IsActiveAt(now));
        var organization = membership is null ? null : await Db.Organizations.SingleOrDefaultAsync(o => o.Id == OrganizationId);
        if (membership is null || organization is null)
        {
            context.Result = NotFound();
            return;
        }

        var account = await Db.Users.Where(u => u.Id == userId).Select(u => new { u.TwoFactorEnabled, u.MustChangePassword }).SingleAsync();
        if (account.MustChangePassword)
        {
            context.Result = Redirect("/account/password?required=1");
            return;
        }

        if (membership.Role == MemberRole.Administrator && !account.TwoFactorEnabled)
        {
            context.Result = Redirect("/account/mfa?required=1");
            return;
        }

        Org = new OrgContext(organization, membership, now);
        ViewData["Org"] = Org;
        if (!membership.Allows(RequiredAccess, AssessmentInRoute ?? (membership.Role == MemberRole.Assessor ? membership.AssessmentId : null), now))
        {
            context.Result = membership.Role == MemberRole.Assessor && AssessmentInRoute is not null ? NotFound() : Forbid();
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
