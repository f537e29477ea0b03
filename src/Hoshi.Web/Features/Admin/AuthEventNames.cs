using Hoshi.Data.Entities;
using Hoshi.Web.Localization;

namespace Hoshi.Web.Features.Admin;

public static class AuthEventNames
{
    public static string Of(AuthEventKind kind) => kind switch
    {
        AuthEventKind.SignInSucceeded => Ui.T("ログイン", "Signed in"),
        AuthEventKind.SignInFailed => Ui.T("パスワードの誤り", "Wrong password"),
        AuthEventKind.LockedOut => Ui.T("アカウントロック", "Locked out"),
        AuthEventKind.SignInRefusedLockedOut => Ui.T("ロック中のためログイン拒否", "Refused: locked out"),
        AuthEventKind.SecondFactorSucceeded => Ui.T("多要素認証に成功", "Second factor verified"),
        AuthEventKind.SecondFactorFailed => Ui.T("認証コードの誤り", "Wrong authenticator code"),
        AuthEventKind.RecoveryCodeUsed => Ui.T("リカバリーコード使用", "Recovery code used"),
        AuthEventKind.SignedOut => Ui.T("ログアウト", "Signed out"),
        AuthEventKind.MfaEnabled => Ui.T("多要素認証を有効化", "MFA turned on"),
        AuthEventKind.MfaDisabled => Ui.T("多要素認証を無効化", "MFA turned off"),
        AuthEventKind.RecoveryCodesGenerated => Ui.T("リカバリーコード発行", "Recovery codes issued"),
        AuthEventKind.PasswordChanged => Ui.T("パスワード変更", "Password changed"),
        AuthEventKind.RateLimited => Ui.T("試行回数制限", "Rate limited"),
        _ => kind.ToString(),
    };
}
