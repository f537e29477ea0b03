using System.Security.Cryptography;

namespace Hoshi.Core.Attestations;

/// <summary>The organization's signing key: ECDSA on P-256, named by the SHA-256 of its SubjectPublicKeyInfo.</summary>
public static class AttestationKeys
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    public static ECDsa Create() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>SHA-256 of the DER SubjectPublicKeyInfo, 64 lowercase hex digits.</summary>
    public static string Fingerprint(ReadOnlySpan<byte> subjectPublicKeyInfo) => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo));

    public static string Fingerprint(ECDsa key) => Fingerprint(key.ExportSubjectPublicKeyInfo());

    /// <summary>
    /// A fingerprint as a person may type it (upper or lower case, with colons or spaces between digits) in the
    /// form used here; null when it is not 64 hex digits.
    /// </summary>
    public static string? NormalizeFingerprint(string text)
    {
        var digits = new string([.. text.Where(c => c != ':' && !char.IsWhiteSpace(c))]).ToLowerInvariant();
        return AttestationDocument.IsSha256(digits) ? digits : null;
    }

    /// <summary>The fingerprint of a public or private key in PEM (SPKI "PUBLIC KEY", PKCS#8 or SEC1 EC key); null when it is no P-256 key.</summary>
    public static string? FingerprintOfPem(string pem)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return null;
        }

        return IsP256(key) ? Fingerprint(key) : null;
    }

    public static bool IsP256(ECDsa key)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        return curve.IsNamed && (curve.Oid.Value == P256Oid || curve.Oid.FriendlyName is "nistP256" or "ECDSA_P256" or "prime256v1");
    }
}
