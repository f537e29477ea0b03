using Hoshi.Data.Entities;
using Hoshi.Web.Localization;
using Hoshi.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hoshi.Web.Features.Account;

/// <summary>Change one's own password. Never forced periodically; only after an administrator issued one.</summary>
public sealed class PasswordModel(UserManager<HoshiUser> users, SignInManager<HoshiUser> signIn, AuthLog log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    [BindProperty]
    [RequiredText("現在のパスワードを入力してください。", "Enter your current password.")]
    public string Current { get; set; } = "";

    [BindProperty]
    [RequiredText("新しいパスワードを入力してください。", "Enter a new password.")]
    public string New { get; set; } = "";

    [BindProperty]
    [RequiredText("確認用のパスワードを入力してください。", "Repeat the new password.")]
    public string Confirm { get; set; } = "";

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (New != Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), Ui.T("確認用のパスワードが一致しません。", "The two passwords differ."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(New), error.Description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await log.RecordAsync(AuthEventKind.PasswordChanged, user.Email ?? "", user.Id, succeeded: true);
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
