using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hoshi.Core.Assessments;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Input;

namespace Hoshi.Core.Attestations;

/// <summary>
/// The file format "hoshi-attestation/1" (docs/attestation.md): reading and writing its members, and the
/// digests of its content's parts, computed the same way by the signer and the verifier.
/// </summary>
internal static class AttestationDocument
{
    public const string Format = "hoshi-attestation/1";
    public const string Algorithm = "ECDSA-P256-SHA256";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly string[] TopMembers = ["format", "content", "signed", "key", "signature"];
    private static readonly string[] ContentMembers = ["header", "organization", "scope", "result", "criteria"];
    private static readonly string[] HeaderMembers = ["assessmentId", "assessmentTitle", "catalogId", "catalogVersion", "periodStart", "periodEnd", "assessedAt", "issuedAt"];
    private static readonly string[] CriterionMembers = ["id", "level", "status", "justification", "evidence"];
    private static readonly string[] EvidenceMembers = ["file", "sha256"];
    private static readonly Dictionary<string, AttestationPartKind> PartKinds = Enum.GetValues<AttestationPartKind>().ToDictionary(k => new AttestationPart(k).Name);
    private static readonly string StatusCodes = $"a status code ({string.Join(", ", Enum.GetValues<AnswerStatus>().Select(s => s.Code()))})";

    /// <summary>An attestation file as read, before anything is checked beyond its shape.</summary>
    public sealed record Envelope(
        JsonElement Content,
        AttestationContent ParsedContent,
        JsonElement Signed,
        string SignedKeyFingerprint,
        IReadOnlyList<(AttestationPart Part, string Sha256)> Digests,
        byte[] PublicKey,
        string StatedFingerprint,
        byte[] Signature);

    public static JsonObject WriteContent(AttestationContent content) => new()
    {
        ["header"] = new JsonObject
        {
            ["assessmentId"] = content.Header.AssessmentId.ToString("D"),
            ["assessmentTitle"] = content.Header.AssessmentTitle,
            ["catalogId"] = content.Header.CatalogId,
            ["catalogVersion"] = content.Header.CatalogVersion,
            ["periodStart"] = content.Header.PeriodStart?.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["periodEnd"] = content.Header.PeriodEnd?.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["assessedAt"] = Time(content.Header.AssessedAt),
            ["issuedAt"] = Time(content.Header.IssuedAt),
        },
        ["organization"] = new JsonObject { ["name"] = content.Organization.Name, ["corporateNumber"] = content.Organization.CorporateNumber },
        ["scope"] = new JsonObject { ["name"] = content.ScopeName },
        ["result"] = new JsonObject { ["targetLevel"] = content.Result.TargetLevel, ["reachedLevel"] = content.Result.ReachedLevel },
        ["criteria"] = new JsonArray([.. content.Criteria.Select(c => new JsonObject
        {
            ["id"] = c.Id,
            ["level"] = c.Level,
            ["status"] = c.Status.Code(),
            ["justification"] = c.Justification,
            ["evidence"] = new JsonArray([.. c.Evidence.Select(e => new JsonObject { ["file"] = e.FileName, ["sha256"] = e.Sha256 })]),
        })]),
    };

    public static JsonObject WriteDigest(AttestationPart part, string sha256)
    {
        var entry = new JsonObject { ["part"] = part.Name };
        if (part.Criterion is not null)
        {
            entry["criterion"] = part.Criterion;
        }

        if (part.Kind == AttestationPartKind.Evidence)
        {
            entry["file"] = part.File;
            entry["occurrence"] = part.Occurrence;
        }

        entry["sha256"] = sha256;
        return entry;
    }

    /// <summary>Every part of the content with the SHA-256 (lowercase hex) of its canonical JSON, in document order.</summary>
    public static List<(AttestationPart Part, string Sha256)> Digests(JsonElement content)
    {
        // One hash object for all parts: creating one per part costs more than hashing a part.
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string Digest(JsonElement part, string? omit = null)
        {
            sha256.AppendData(CanonicalJson.Serialize(part, omit));
            return Convert.ToHexStringLower(sha256.GetHashAndReset());
        }

        var digests = new List<(AttestationPart, string)>
        {
            (AttestationPart.Header, Digest(content.GetProperty("header"))),
            (AttestationPart.Organization, Digest(content.GetProperty("organization"))),
            (AttestationPart.Scope, Digest(content.GetProperty("scope"))),
            (AttestationPart.Result, Digest(content.GetProperty("result"))),
        };
        foreach (var criterion in content.GetProperty("criteria").EnumerateArray())
        {
            var id = criterion.GetProperty("id").GetString()!;
            digests.Add((new AttestationPart(AttestationPartKind.Criterion, id), Digest(criterion, omit: "evidence")));
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var evidence in criterion.GetProperty("evidence").EnumerateArray())
            {
                var file = evidence.GetProperty("file").GetString()!;
                seen[file] = seen.GetValueOrDefault(file) + 1;
                digests.Add((new AttestationPart(AttestationPartKind.Evidence, id, file, seen[file]), Digest(evidence)));
            }
        }

        return digests;
    }

    /// <summary>
    /// Reads an attestation file; a file that is not JSON, or not of this shape (including a key or signature that
    /// is not base64), throws <see cref="InvalidInputException"/> naming where.
    /// </summary>
    public static Envelope Read(JsonDocument document, string source)
    {
        var top = JsonFields.Of(document.RootElement, "$", source, TopMembers);
        RequireFormat(top, source);
        var signed = top.Object("signed", "format", "keyFingerprint", "digests");
        RequireFormat(signed, source);
        var key = top.Object("key", "algorithm", "spki", "fingerprint");
        if (key.String("algorithm") != Algorithm)
        {
            throw key.Fail("algorithm", $"unsupported algorithm \"{key.String("algorithm")}\"; expected {Algorithm}");
        }

        var content = top["content"];
        return new Envelope(
            content,
            ReadContent(JsonFields.Of(content, "$.content", source, ContentMembers)),
            top["signed"],
            signed.String("keyFingerprint"),
            [.. signed.Array("digests").Select(item => ReadDigest(item, source))],
            key.Base64("spki"),
            key.String("fingerprint"),
            top.Base64("signature"));
    }

    private static void RequireFormat(JsonFields fields, string source)
    {
        if (fields.String("format") != Format)
        {
            throw JsonFields.Fail(source, $"{fields.Path}.format", $"unsupported format \"{fields.String("format")}\"; expected {Format}");
        }
    }

    private static AttestationContent ReadContent(JsonFields content)
    {
        var header = content.Object("header", HeaderMembers);
        var organization = content.Object("organization", "name", "corporateNumber");
        var result = content.Object("result", "targetLevel", "reachedLevel");
        return new AttestationContent(
            new AttestationHeader(
                header.Parse("assessmentId", t => Guid.TryParseExact(t, "D", out var g) ? g : (Guid?)null, "a UUID"),
                header.String("assessmentTitle"),
                header.String("catalogId"),
                header.String("catalogVersion"),
                header.OptionalParse("periodStart", ParseDate, "a date yyyy-mm-dd"),
                header.OptionalParse("periodEnd", ParseDate, "a date yyyy-mm-dd"),
                header.Parse("assessedAt", ParseTime, "a UTC time yyyy-mm-ddThh:mm:ssZ"),
                header.Parse("issuedAt", ParseTime, "a UTC time yyyy-mm-ddThh:mm:ssZ")),
            new OrganizationRecord(organization.String("name"), organization.OptionalString("corporateNumber")),
            content.Object("scope", "name").OptionalString("name"),
            new AttestedResult(result.Integer("targetLevel"), result.OptionalInteger("reachedLevel")),
            [.. content.Array("criteria").Select(item => ReadCriterion(content.Element(item, CriterionMembers)))]);
    }

    private static AttestedCriterion ReadCriterion(JsonFields criterion) => new(
        criterion.String("id"),
        criterion.Integer("level"),
        criterion.Parse("status", t => AnswerStatusNames.TryParse(t, out var s) && s.Code() == t ? s : (AnswerStatus?)null, StatusCodes),
        criterion.OptionalString("justification"),
        [.. criterion.Array("evidence").Select(item =>
        {
            var evidence = criterion.Element(item, EvidenceMembers);
            return new EvidenceRecord(evidence.String("file"), evidence.Matching("sha256", IsSha256, "64 lowercase hex digits"));
        })]);

    private static (AttestationPart, string) ReadDigest((JsonElement Item, string Path) item, string source)
    {
        AttestationPartKind? kind = item.Item.ValueKind == JsonValueKind.Object && item.Item.TryGetProperty("part", out var p) && p.ValueKind == JsonValueKind.String
            && PartKinds.TryGetValue(p.GetString()!, out var named) ? named : null;
        var fields = kind switch
        {
            AttestationPartKind.Criterion => JsonFields.Of(item.Item, item.Path, source, "part", "criterion", "sha256"),
            AttestationPartKind.Evidence => JsonFields.Of(item.Item, item.Path, source, "part", "criterion", "file", "occurrence", "sha256"),
            not null => JsonFields.Of(item.Item, item.Path, source, "part", "sha256"),
            null => throw JsonFields.Fail(source, $"{item.Path}.part", "expected one of header, organization, scope, result, criterion, evidence"),
        };
        var part = kind switch
        {
            AttestationPartKind.Criterion => new AttestationPart(kind.Value, fields.String("criterion")),
            AttestationPartKind.Evidence => new AttestationPart(kind.Value, fields.String("criterion"), fields.String("file"), fields.Integer("occurrence")),
            _ => new AttestationPart(kind.Value),
        };
        return (part, fields.String("sha256"));
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(string text) =>
        DateTimeOffset.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    internal static bool IsSha256(string text) => text.Length == 64 && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
