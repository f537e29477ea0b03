using Hoshi.Data.Commands;
using Hoshi.Data.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hoshi.Web.Features.Respond;

/// <summary>
/// Base of the supplier portal (/respond/{token}): no account at the buyer is needed. The secret link opens the
/// request; the first browser to open it gets a claim cookie, and from then on the link works only with it.
/// </summary>
public abstract class PortalPageModel(SupplierRequestCommands requests) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    public PortalSession Session { get; private set; } = null!;

    protected SupplierRequestCommands Requests { get; } = requests;

    /// <summary>The claim secret this browser holds for the link.</summary>
    protected string Claim { get; private set; } = "";

    public RequestLinkProblem? Problem { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var cookie = CookieName(Token);
        try
        {
            Session = await Requests.OpenAsync(Token, Request.Cookies[cookie]);
        }
        catch (RequestLinkException e)
        {
            context.Result = LinkProblem(e.Problem);
            return;
        }

        if (Session.NewClaim is { } claim)
        {
            Response.Cookies.Append(cookie, claim, new CookieOptions
            {
                HttpOnly = true,
                Secure = Request.IsHttps,
                // Lax: the link is opened from a mail program, a top-level navigation that must carry the cookie next time.
                SameSite = SameSiteMode.Lax,
                Path = "/respond",
                Expires = Session.Request.TokenExpiresAt,
                IsEssential = true,
            });
        }

        Claim = Session.NewClaim ?? Request.Cookies[cookie] ?? "";
        var executed = await next();
        if (executed.Exception is RequestLinkException closed && !executed.ExceptionHandled)
        {
            // The request closed (answered, withdrawn) between opening the page and sending the answer.
            executed.Result = LinkProblem(closed.Problem);
            executed.ExceptionHandled = true;
        }
    }

    private ViewResult LinkProblem(RequestLinkProblem problem)
    {
        Problem = problem;
        ViewData["Title"] = Localization.Ui.T("回答用リンク", "Answer link");
        return new ViewResult
        {
            ViewName = "/Features/Respond/_LinkProblem.cshtml",
            ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<RequestLinkProblem>(ViewData, problem),
            StatusCode = problem switch
            {
                RequestLinkProblem.Unknown => StatusCodes.Status404NotFound,
                RequestLinkProblem.ClaimedByAnother => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status410Gone,
            },
        };
    }

    /// <summary>One cookie per link, named by a hash of the token so the name reveals nothing.</summary>
    private static string CookieName(string token) =>
        "hoshi.claim." + Secrets.Hash(token)[..16];
}
