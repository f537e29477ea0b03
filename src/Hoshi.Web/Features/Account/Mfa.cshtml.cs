using System.Text;
using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Web.Localization;
using Hoshi.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace Hoshi.Web.Features.Account;

/// <summary>
/// Multi-factor authentication with an authenticator app (TOTP): enrol with a QR code, confirm with a code,
/// receive recovery codes once. Administrators cannot switch it off.
/// </summary>
public sealed class MfaModel(UserManager<HoshiUser> users, SignInManager<HoshiUser> signIn, HoshiDbContext db, AuthLog log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    [BindProperty]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }
    public bool IsAdministrator { get; private set; }
    public string? SharedKey { get; private set; }
    public string? QrCodeDataUri { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = new string(Code.Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await log.RecordAsync(AuthEventKind.SecondFactorFailed, user.Email ?? "", user.Id, succeeded: false);
            ModelState.AddModelError(nameof(Code), Ui.T("コードが正しくありません。アプリに表示されている最新の6桁を入力してください。", "The code is not correct. Enter the current 6 digits from the app."));
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await log.RecordAsync(AuthEventKind.MfaEnabled, user.Email ?? "", user.Id, succeeded: true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        await log.RecordAsync(AuthEventKind.RecoveryCodesGenerated, user.Email ?? "", user.Id, succeeded: true);
        await signIn.RefreshSignInAsync(user);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        await log.RecordAsync(AuthEventKind.RecoveryCodesGenerated, user.Email ?? "", user.Id, succeeded: true);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        if (IsAdministrator)
        {
            ModelState.AddModelError("", Ui.T("管理者は多要素認証を無効にできません。", "Administrators cannot switch multi-factor authentication off."));
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await log.RecordAsync(AuthEventKind.MfaDisabled, user.Email ?? "", user.Id, succeeded: true);
        await signIn.RefreshSignInAsync(user);
        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(HoshiUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        IsAdministrator = await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == MemberRole.Administrator);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/Hoshi:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer=Hoshi&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
