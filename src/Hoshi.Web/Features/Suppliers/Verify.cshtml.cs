using Hoshi.Core.Attestations;
using Hoshi.Core.Input;
using Hoshi.Data;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>
/// Checks a signed attestation a supplier sent by other means (mail, USB): the signature, every part, and the
/// key against a fingerprint the supplier gave by another channel. Nothing is stored.
/// </summary>
public sealed class VerifyModel(HoshiDbContext db, TimeProvider clock) : OrgPageModel(db, clock)
{
    protected override Access RequiredAccess => Access.Read;

    public AttestationVerification? Result { get; private set; }
    public IReadOnlyList<InputError> Malformed { get; private set; } = [];
    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(IFormFile? file, string? fingerprint)
    {
        if (await AttestationUpload.ReadAsync(file) is not { } bytes)
        {
            ModelState.AddModelError("", AttestationUpload.Refusal);
            return;
        }

        string? trusted = null;
        if (!string.IsNullOrWhiteSpace(fingerprint))
        {
            trusted = AttestationKeys.NormalizeFingerprint(fingerprint);
            if (trusted is null)
            {
                ModelState.AddModelError("", Ui.T("鍵の指紋は64桁の16進数です（区切りの「:」や空白は無視します）。", "A fingerprint is 64 hex digits (colons and spaces are ignored)."));
                return;
            }
        }

        FileName = Path.GetFileName(file!.FileName);

        try
        {
            Result = AttestationVerifier.Verify(bytes, trusted, FileName);
        }
        catch (InvalidInputException e)
        {
            Malformed = e.Errors;
        }
    }
}
