using System.ComponentModel.DataAnnotations;
using Hoshi.Data.Entities;
using Hoshi.Web.Hosting;
using Hoshi.Web.Localization;
using Hoshi.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Hoshi.Web.Features.Account;

[EnableRateLimiting(WebServices.LoginRateLimit)]
public sealed class LoginModel(SignInManager<HoshiUser> signIn, UserManager<HoshiUser> users, AuthLog log) : PageModel
{
    [BindProperty]
    [RequiredText("メールアドレスを入力してください。", "Enter your e-mail address.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [RequiredText("パスワードを入力してください。", "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email);
        var wasLocked = user is not null && await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user?.UserName ?? Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await log.RecordAsync(AuthEventKind.SignInSucceeded, Email, user?.Id, succeeded: true);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            // The password was right; the sign-in completes on the second factor, which is logged there.
            return RedirectToPage("TwoFactor", new { returnUrl = SafeReturnUrl(ReturnUrl) });
        }

        if (result.IsLockedOut)
        {
            await log.RecordAsync(wasLocked ? AuthEventKind.SignInRefusedLockedOut : AuthEventKind.LockedOut, Email, user?.Id, succeeded: false);
            ModelState.AddModelError("", Ui.T(
                "ログインに続けて失敗したため、このアカウントは一時的にロックされています。15分ほどたってから再度お試しください。",
                "After repeated failed sign-ins this account is locked for a while. Try again in about 15 minutes."));
            return Page();
        }

        await log.RecordAsync(AuthEventKind.SignInFailed, Email, user?.Id, succeeded: false);
        ModelState.AddModelError("", Ui.T("メールアドレスまたはパスワードが正しくありません。", "The e-mail address or password is not correct."));
        return Page();
    }

    internal static string SafeReturnUrl(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
