namespace Hoshi.Data.Entities;

/// <summary>Authentication events; the numbers are stored, never renumber or reuse one.</summary>
public enum AuthEventKind
{
    SignInSucceeded = 1,
    SignInFailed = 2,
    LockedOut = 3,
    SignInRefusedLockedOut = 4,
    SecondFactorSucceeded = 5,
    SecondFactorFailed = 6,
    RecoveryCodeUsed = 7,
    SignedOut = 8,
    MfaEnabled = 9,
    MfaDisabled = 10,
    RecoveryCodesGenerated = 11,
    PasswordChanged = 12,
    RateLimited = 13,
}
