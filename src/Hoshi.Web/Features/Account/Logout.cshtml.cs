using Hoshi.Data.Entities;
using Hoshi.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hoshi.Web.Features.Account;

public sealed class LogoutModel(SignInManager<HoshiUser> signIn, UserManager<HoshiUser> users, AuthLog log) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        await signIn.SignOutAsync();
        if (user is not null)
        {
            await log.RecordAsync(AuthEventKind.SignedOut, user.Email ?? "", user.Id, succeeded: true);
        }

        return RedirectToPage("Login");
    }
}
