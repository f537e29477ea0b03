using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hoshi.Core.Input;

namespace Hoshi.Core.Attestations;

/// <summary>The outcome of verifying an attestation: every problem found, named, and the content as the file states it.</summary>
public sealed record AttestationVerification(
    IReadOnlyList<AttestationProblem> Problems,
    string KeyFingerprint,
    bool? KeyTrusted,
    AttestationContent Content)
{
    /// <summary>The signature holds, every part matches its signed digest, the result agrees with the criteria, and the key is trusted when a trusted key was given.</summary>
    public bool Valid => Problems.Count == 0;
}

/// <summary>
/// Verifies a "hoshi-attestation/1" file offline: (a) the signature over the signed digest list, (b) each part of
/// the content against its digest, naming every part changed, removed or added, (c) that the ★ reached agrees
/// with the criteria, and (d) the key against a trusted fingerprint when one is given.
/// </summary>
public static class AttestationVerifier
{
    /// <summary>
    /// Verifies <paramref name="document"/> (UTF-8 JSON, a byte order mark allowed). A file that is not JSON or
    /// not of the attestation's shape, or whose signature is not base64 or whose key is no P-256 public key,
    /// throws <see cref="InvalidInputException"/> with its line and column, or the JSON path of the bad member. <paramref name="trustedFingerprint"/> is a fingerprint in any form
    /// <see cref="AttestationKeys.NormalizeFingerprint"/> accepts.
    /// </summary>
    public static AttestationVerification Verify(ReadOnlySpan<byte> document, string? trustedFingerprint = null, string source = "attestation")
    {
        var trusted = trustedFingerprint is null
            ? null
            : AttestationKeys.NormalizeFingerprint(trustedFingerprint) ?? throw new ArgumentException("a fingerprint is 64 hex digits", nameof(trustedFingerprint));
        if (document.StartsWith(Encoding.UTF8.Preamble))
        {
            document = document[Encoding.UTF8.Preamble.Length..];
        }

        using var json = Parse(document.ToArray(), source);
        var envelope = AttestationDocument.Read(json, source);
        var problems = new List<AttestationProblem>();
        var fingerprint = CheckSignature(envelope, problems, source);
        CheckDigests(envelope, problems);
        CheckResult(envelope.ParsedContent, problems);
        bool? keyTrusted = trusted is null ? null : trusted == fingerprint;
        if (keyTrusted == false)
        {
            problems.Add(new AttestationProblem("key", $"signed with key {fingerprint}, not with the trusted key {trusted}"));
        }

        return new AttestationVerification(problems, fingerprint, keyTrusted, envelope.ParsedContent);
    }

    public static AttestationVerification Verify(string document, string? trustedFingerprint = null, string source = "attestation") =>
        Verify(Encoding.UTF8.GetBytes(document), trustedFingerprint, source);

    private static JsonDocument Parse(byte[] bytes, string source)
    {
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd();
            var line = e.LineNumber is { } number ? (int)number + 1 : 0;
            var column = e.BytePositionInLine is { } position ? $"column {position + 1}" : null;
            throw new InvalidInputException([new InputError(source, line, $"not valid JSON: {reason}", column)]);
        }
    }

    /// <summary>
    /// Checks the key and the signature; returns the fingerprint of the key the file carries. A key that is no
    /// P-256 public key makes the file malformed (nothing can be verified with it), not tampered.
    /// </summary>
    private static string CheckSignature(AttestationDocument.Envelope envelope, List<AttestationProblem> problems, string source)
    {
        var fingerprint = AttestationKeys.Fingerprint(envelope.PublicKey);
        using var key = ImportP256(envelope.PublicKey)
            ?? throw JsonFields.Fail(source, "$.key.spki", "expected a P-256 public key (DER SubjectPublicKeyInfo in base64)");
        if (envelope.StatedFingerprint != fingerprint)
        {
            problems.Add(new AttestationProblem("key", $"the stated fingerprint {envelope.StatedFingerprint} is not that of the key ({fingerprint})"));
        }

        if (envelope.SignedKeyFingerprint != fingerprint)
        {
            problems.Add(new AttestationProblem("signature", $"the signed digest list names key {envelope.SignedKeyFingerprint}, but the file carries key {fingerprint}"));
        }

        var signedBytes = CanonicalJson.Serialize(envelope.Signed);
        if (!key.VerifyData(signedBytes, envelope.Signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
        {
            problems.Add(new AttestationProblem("signature", "does not match the signed digest list: the list, the signature or the key was altered"));
        }

        return fingerprint;
    }

    private static void CheckDigests(AttestationDocument.Envelope envelope, List<AttestationProblem> problems)
    {
        var signed = new Dictionary<AttestationPart, string>();
        foreach (var (part, sha256) in envelope.Digests)
        {
            if (!signed.TryAdd(part, sha256))
            {
                problems.Add(AttestationProblem.Of(part, "listed twice in the signed digest list"));
            }
        }

        var present = new HashSet<AttestationPart>();
        foreach (var (part, sha256) in AttestationDocument.Digests(envelope.Content))
        {
            if (!present.Add(part))
            {
                problems.Add(AttestationProblem.Of(part, "listed twice in the content"));
            }
            else if (!signed.TryGetValue(part, out var expected))
            {
                problems.Add(AttestationProblem.Of(part, "added (not in the signed digest list)"));
            }
            else if (expected != sha256)
            {
                problems.Add(AttestationProblem.Of(part, "content changed"));
            }
        }

        problems.AddRange(signed.Keys.Where(p => !present.Contains(p)).Select(p => AttestationProblem.Of(p, "removed (signed, but no longer in the content)")));
    }

    /// <summary>The ★ reached must be what the criteria show: the highest level up to the target whose criteria, and those below, are all met.</summary>
    private static void CheckResult(AttestationContent content, List<AttestationProblem> problems)
    {
        var levels = content.Criteria.Select(c => c.Level).Where(l => l <= content.Result.TargetLevel).Distinct().Order();
        var shown = levels.Where(level => content.Criteria.Where(c => c.Level <= level).All(c => c.Satisfies)).Select(l => (int?)l).LastOrDefault();
        if (shown != content.Result.ReachedLevel)
        {
            problems.Add(AttestationProblem.Of(AttestationPart.Result, $"states ★ reached {Level(content.Result.ReachedLevel)}, but its criteria show {Level(shown)}"));
        }
    }

    private static string Level(int? level) => level is { } l ? $"★{l}" : "none";

    private static ECDsa? ImportP256(byte[] subjectPublicKeyInfo)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out var read);
            if (read == subjectPublicKeyInfo.Length && AttestationKeys.IsP256(key))
            {
                return key;
            }
        }
        catch (CryptographicException)
        {
        }

        key.Dispose();
        return null;
    }
}
