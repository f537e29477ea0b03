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

/// <summary>The second step of a sign-in: a code from the authenticator app, or a recovery code.</summary>
[EnableRateLimiting(WebServices.LoginRateLimit)]
public sealed class TwoFactorModel(SignInManager<HoshiUser> signIn, AuthLog log) : PageModel
{
    [BindProperty]
    [RequiredText("コードを入力してください。", "Enter the code.")]
    public string Code { get; set; } = "";

    [BindProperty]
    public bool UseRecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = new string(Code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        var result = UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        var name = user.Email ?? user.UserName ?? "";
        if (result.Succeeded)
        {
            await log.RecordAsync(UseRecoveryCode ? AuthEventKind.RecoveryCodeUsed : AuthEventKind.SecondFactorSucceeded, name, user.Id, succeeded: true);
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await log.RecordAsync(AuthEventKind.LockedOut, name, user.Id, succeeded: false);
            ModelState.AddModelError("", Ui.T("失敗が続いたため、アカウントは一時的にロックされました。", "After repeated failures the account is locked for a while."));
            return Page();
        }

        await log.RecordAsync(AuthEventKind.SecondFactorFailed, name, user.Id, succeeded: false);
        ModelState.AddModelError("", Ui.T("コードが正しくありません。認証アプリに表示されている最新の6桁を入力してください。", "The code is not correct. Enter the current 6 digits shown in your authenticator app."));
        return Page();
    }
}
