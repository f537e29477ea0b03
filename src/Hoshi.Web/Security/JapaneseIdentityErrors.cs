using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace Hoshi.Web.Security;

/// <summary>Identity's messages in the user's language (Japanese by default).</summary>
internal sealed class JapaneseIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError Error(string code, string ja, string en) => new() { Code = code, Description = Ui.T(ja, en) };

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"パスワードは{length}文字以上にしてください。", $"Use at least {length} characters.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "英大文字（A〜Z）を1文字以上含めてください。", "Include an upper-case letter (A–Z).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "英小文字（a〜z）を1文字以上含めてください。", "Include a lower-case letter (a–z).");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "数字（0〜9）を1文字以上含めてください。", "Include a digit (0–9).");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "記号（!、#、% など）を1文字以上含めてください。", "Include a symbol such as !, # or %.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"メールアドレス {email} は既に登録されています。", $"{email} is already registered.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"{userName} は既に登録されています。", $"{userName} is already registered.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"メールアドレス「{email}」の形式が正しくありません。", $"\"{email}\" is not a valid e-mail address.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"「{userName}」はユーザー名に使えません。", $"\"{userName}\" cannot be used as a user name.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "現在のパスワードが正しくありません。", "The current password is not correct.");
}
