using Hoshi.Web.Localization;

namespace Hoshi.Web.Features;

/// <summary>An attestation file posted to a page (the supplier portal, the buyer's verify page): one limit, one message.</summary>
public static class AttestationUpload
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static string Refusal => Ui.T("署名付き証明書のファイル（.json、5 MBまで）を選んでください。", "Choose the signed attestation file (.json, up to 5 MB).");

    /// <summary>The file's bytes, or null when there is no file, it is empty, or it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            return null;
        }

        var bytes = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(bytes);
        return bytes;
    }
}
