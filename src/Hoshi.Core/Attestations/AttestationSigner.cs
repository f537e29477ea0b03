using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hoshi.Core.Export;

namespace Hoshi.Core.Attestations;

/// <summary>
/// Signs an attestation's content with the organization's P-256 key. The signature covers the canonical JSON of
/// the "signed" member: the format, the key's fingerprint, and the SHA-256 of every part of the content, so a
/// verifier can name each part that no longer matches (docs/attestation.md).
/// </summary>
public static class AttestationSigner
{
    /// <summary>The attestation as a UTF-8 JSON document (indented; the signature does not depend on layout).</summary>
    public static byte[] Sign(AttestationContent content, ECDsa key)
    {
        if (!AttestationKeys.IsP256(key))
        {
            throw new ArgumentException("an attestation is signed with a P-256 key", nameof(key));
        }

        var contentNode = AttestationDocument.WriteContent(content);
        var digests = AttestationDocument.Digests(JsonSerializer.SerializeToElement(contentNode));
        var publicKey = key.ExportSubjectPublicKeyInfo();
        var fingerprint = AttestationKeys.Fingerprint(publicKey);
        var signed = new JsonObject
        {
            ["format"] = AttestationDocument.Format,
            ["keyFingerprint"] = fingerprint,
            ["digests"] = new JsonArray([.. digests.Select(d => AttestationDocument.WriteDigest(d.Part, d.Sha256))]),
        };
        var signature = key.SignData(
            CanonicalJson.Serialize(JsonSerializer.SerializeToElement(signed)), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        var document = new JsonObject
        {
            ["format"] = AttestationDocument.Format,
            ["content"] = contentNode,
            ["signed"] = signed,
            ["key"] = new JsonObject
            {
                ["algorithm"] = AttestationDocument.Algorithm,
                ["spki"] = Convert.ToBase64String(publicKey),
                ["fingerprint"] = fingerprint,
            },
            ["signature"] = Convert.ToBase64String(signature),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json.Options);
    }
}
