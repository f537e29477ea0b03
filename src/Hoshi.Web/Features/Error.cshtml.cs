using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hoshi.Web.Features;

/// <summary>The error page, also for re-executed POSTs (a rejected form must still get a readable page).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
