using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hoshi.Core.Attestations;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Input;

namespace Hoshi.Core.Tests.Attestations;

public sealed class AttestationTests : IDisposable
{
    private readonly ECDsa key = AttestationKeys.Create();
    private readonly ECDsa otherKey = AttestationKeys.Create();

    public void Dispose()
    {
        key.Dispose();
        otherKey.Dispose();
    }

    private static AttestationContent Content(int level = 4) => AttestationContent.From(SampleAssessment.Create(level), SampleAssessment.IssuedAt);

    private JsonNode Signed(AttestationContent? content = null) => JsonNode.Parse(AttestationSigner.Sign(content ?? Content(), key))!;

    private static List<string> Problems(JsonNode document, string? trusted = null) =>
        [.. AttestationVerifier.Verify(document.ToJsonString(), trusted).Problems.Select(p => p.ToString())];

    private static JsonNode Criterion(JsonNode document, string id) =>
        document["content"]!["criteria"]!.AsArray().Single(c => (string?)c!["id"] == id)!;

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void A_signed_attestation_verifies_and_reads_back_as_signed(int level)
    {
        var content = Content(level);
        var bytes = AttestationSigner.Sign(content, key);
        var result = AttestationVerifier.Verify(bytes, AttestationKeys.Fingerprint(key));

        Assert.True(result.Valid, string.Join("\n", result.Problems));
        Assert.True(result.KeyTrusted);
        Assert.Equal(AttestationKeys.Fingerprint(key), result.KeyFingerprint);
        Assert.Equal(AttestationDocument.WriteContent(content).ToJsonString(), AttestationDocument.WriteContent(result.Content).ToJsonString());
        Assert.Equal(TestFiles.Catalog.CriteriaUpTo(level).Count(), result.Content.Criteria.Count);
        Assert.Equal("株式会社サンプル製作所", result.Content.Organization.Name);
        Assert.Equal(2, result.Content.Criteria.Single(c => c.Id == "2.1").Evidence.Count);
        Assert.Contains("株式会社サンプル製作所", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_states_the_level_the_evaluator_reached_capped_at_the_target()
    {
        Assert.Equal(new AttestedResult(4, null), Content(4).Result);
        var complete = AttestationContent.From(SampleAssessment.Create(4, complete: true), SampleAssessment.IssuedAt);
        Assert.Equal(new AttestedResult(4, 4), complete.Result);
        Assert.True(complete.Result.Achieved);

        // Every criterion answered implemented, but a ★3 target attests ★3 criteria only, so it states ★3.
        var record = SampleAssessment.Create(4, complete: true) with { TargetLevel = 3 };
        Assert.Equal(4, record.Evaluate().AchievedLevel);
        Assert.Equal(new AttestedResult(3, 3), AttestationContent.From(record, SampleAssessment.IssuedAt).Result);
    }

    [Fact]
    public void Without_a_trusted_key_the_key_is_reported_but_not_judged()
    {
        var result = AttestationVerifier.Verify(Signed().ToJsonString());
        Assert.True(result.Valid);
        Assert.Null(result.KeyTrusted);
    }

    [Fact]
    public void A_changed_status_is_named_and_the_result_no_longer_agrees()
    {
        var document = Signed();
        Criterion(document, "2.2")["status"] = "implemented";
        Assert.Equal(["criterion 2.2: content changed"], Problems(document));

        Criterion(document, "7.2")["status"] = "implemented";
        Assert.Equal(["criterion 2.2: content changed", "criterion 7.2: content changed", "result (★ reached): states ★ reached none, but its criteria show ★4"], Problems(document));
    }

    [Fact]
    public void A_changed_justification_is_named()
    {
        var document = Signed();
        Criterion(document, "5.1")["justification"] = "該当なし";
        Assert.Equal(["criterion 5.1: content changed"], Problems(document));
    }

    [Fact]
    public void A_changed_evidence_hash_is_named_with_its_file_and_criterion()
    {
        var document = Signed();
        Criterion(document, "2.1")["evidence"]![1]!["sha256"] = SampleAssessment.Sha("forged");
        Criterion(document, "9.1")["evidence"]![0]!["sha256"] = SampleAssessment.Sha("forged");
        Assert.Equal(
            ["evidence '情報セキュリティ基本方針.pdf' of criterion 2.1 (#2 of that name): content changed", "evidence 'evidence-9.1.pdf' of criterion 9.1: content changed"],
            Problems(document));
    }

    [Fact]
    public void A_removed_criterion_and_its_evidence_are_named()
    {
        var document = Signed();
        var criteria = document["content"]!["criteria"]!.AsArray();
        criteria.Remove(Criterion(document, "9.1"));
        Assert.Equal(
            ["criterion 9.1: removed (signed, but no longer in the content)", "evidence 'evidence-9.1.pdf' of criterion 9.1: removed (signed, but no longer in the content)"],
            Problems(document));
    }

    [Fact]
    public void An_added_criterion_or_evidence_file_is_named()
    {
        var document = Signed();
        document["content"]!["criteria"]!.AsArray().Add(JsonNode.Parse("""{"id":"99.1","level":3,"status":"implemented","justification":null,"evidence":[]}"""));
        Criterion(document, "2.2")["evidence"]!.AsArray().Add(JsonNode.Parse($$"""{"file":"後付け.pdf","sha256":"{{SampleAssessment.Sha("late")}}"}"""));
        Assert.Equal(
            ["evidence '後付け.pdf' of criterion 2.2: added (not in the signed digest list)", "criterion 99.1: added (not in the signed digest list)"],
            Problems(document));
    }

    [Fact]
    public void A_changed_level_reached_is_named_and_contradicts_the_criteria()
    {
        var document = Signed();
        document["content"]!["result"]!["reachedLevel"] = 4;
        Assert.Equal(["result (★ reached): content changed", "result (★ reached): states ★ reached ★4, but its criteria show none"], Problems(document));
    }

    [Fact]
    public void Changed_organization_scope_and_header_are_named()
    {
        var document = Signed();
        document["content"]!["organization"]!["corporateNumber"] = "9999999999999";
        document["content"]!["scope"]!["name"] = "全社";
        document["content"]!["header"]!["catalogVersion"] = "2";
        Assert.Equal(["header (assessment, catalog, dates): content changed", "organization: content changed", "scope: content changed"], Problems(document));
    }

    [Fact]
    public void A_digest_list_altered_to_match_changed_content_breaks_the_signature()
    {
        var document = Signed();
        var criterion = Criterion(document, "2.2");
        criterion["status"] = "implemented";
        var changed = JsonSerializer.SerializeToElement(document["content"]);
        var newDigest = AttestationDocument.Digests(changed).Single(d => d.Part.Criterion == "2.2").Sha256;
        document["signed"]!["digests"]!.AsArray().Single(d => (string?)d!["criterion"] == "2.2" && (string?)d["part"] == "criterion")!["sha256"] = newDigest;

        Assert.Equal(["signature: does not match the signed digest list: the list, the signature or the key was altered"], Problems(document));
    }

    [Fact]
    public void An_altered_signature_is_named()
    {
        var document = Signed();
        var signature = Convert.FromBase64String((string)document["signature"]!);
        signature[^1] ^= 0x01;
        document["signature"] = Convert.ToBase64String(signature);
        Assert.Equal(["signature: does not match the signed digest list: the list, the signature or the key was altered"], Problems(document));

        // Base64, but no DER signature at all: the signature was altered, the file is still readable.
        document["signature"] = Convert.ToBase64String("garbage"u8);
        Assert.Equal(["signature: does not match the signed digest list: the list, the signature or the key was altered"], Problems(document));
    }

    public static TheoryData<string, string, string> MalformedSignaturesAndKeys()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var rsa = RSA.Create(2048);
        return new()
        {
            { "signature", "not base64!", "att.json: $.signature: expected base64" },
            { "signature", "", "att.json: $.signature: expected base64" },
            { "spki", "not base64!", "att.json: $.key.spki: expected base64" },
            { "spki", Convert.ToBase64String("not a key"u8), "att.json: $.key.spki: expected a P-256 public key (DER SubjectPublicKeyInfo in base64)" },
            { "spki", Convert.ToBase64String(p384.ExportSubjectPublicKeyInfo()), "att.json: $.key.spki: expected a P-256 public key (DER SubjectPublicKeyInfo in base64)" },
            { "spki", Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()), "att.json: $.key.spki: expected a P-256 public key (DER SubjectPublicKeyInfo in base64)" },
        };
    }

    /// <summary>A signature or key that cannot even be decoded is a malformed file (the CLI's exit 2), not a tampered one (exit 1).</summary>
    [Theory]
    [MemberData(nameof(MalformedSignaturesAndKeys))]
    public void A_signature_or_key_that_is_not_one_makes_the_file_malformed(string member, string value, string expected)
    {
        var document = Signed();
        if (member == "signature")
        {
            document["signature"] = value;
        }
        else
        {
            document["key"]![member] = value;
        }

        var error = Assert.Throws<InvalidInputException>(() => AttestationVerifier.Verify(document.ToJsonString(), source: "att.json"));
        Assert.Equal(expected, Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void A_key_swapped_without_resigning_is_named()
    {
        var document = Signed();
        document["key"]!["spki"] = Convert.ToBase64String(otherKey.ExportSubjectPublicKeyInfo());
        document["key"]!["fingerprint"] = AttestationKeys.Fingerprint(otherKey);
        var problems = Problems(document);
        Assert.Equal(2, problems.Count);
        Assert.StartsWith($"signature: the signed digest list names key {AttestationKeys.Fingerprint(key)}, but the file carries key {AttestationKeys.Fingerprint(otherKey)}", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("signature: does not match", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Content_resigned_with_another_key_is_caught_by_the_trusted_fingerprint()
    {
        var forged = Content() with { Result = new AttestedResult(4, null), ScopeName = "全社" };
        var bytes = AttestationSigner.Sign(forged, otherKey);

        var untrusted = AttestationVerifier.Verify(bytes);
        Assert.True(untrusted.Valid);
        Assert.Equal(AttestationKeys.Fingerprint(otherKey), untrusted.KeyFingerprint);

        var trusted = AttestationVerifier.Verify(bytes, AttestationKeys.Fingerprint(key).ToUpperInvariant());
        Assert.False(trusted.Valid);
        Assert.False(trusted.KeyTrusted);
        Assert.Equal([$"key: signed with key {AttestationKeys.Fingerprint(otherKey)}, not with the trusted key {AttestationKeys.Fingerprint(key)}"], trusted.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_stated_fingerprint_that_is_not_the_keys_is_named()
    {
        var document = Signed();
        document["key"]!["fingerprint"] = new string('0', 64);
        Assert.Equal([$"key: the stated fingerprint {new string('0', 64)} is not that of the key ({AttestationKeys.Fingerprint(key)})"], Problems(document));
    }

    [Fact]
    public void Reordering_criteria_or_reformatting_changes_nothing()
    {
        var document = Signed();
        var criteria = document["content"]!["criteria"]!.AsArray();
        var last = criteria[^1]!;
        criteria.Remove(last);
        criteria.Insert(0, last);
        Assert.Empty(Problems(document));
        Assert.True(AttestationVerifier.Verify(document.ToJsonString(new JsonSerializerOptions { WriteIndented = false })).Valid);
    }

    [Fact]
    public void Only_a_P256_key_signs()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        Assert.Throws<ArgumentException>(() => AttestationSigner.Sign(Content(), p384));
    }

    [Theory]
    [InlineData("{\n  \"format\": \"hoshi-attestation/1\",\n  \"content\": {,\n}", "att.json:3: column 15: not valid JSON: ',' is an invalid start of a property name.")]
    [InlineData("", "att.json:1: column 1: not valid JSON:")]
    [InlineData("[]", "att.json: $: expected an object")]
    [InlineData("""{"format":"hoshi-attestation/2","content":{},"signed":{},"key":{},"signature":""}""", "att.json: $.format: unsupported format \"hoshi-attestation/2\"; expected hoshi-attestation/1")]
    [InlineData("""{"format":"hoshi-attestation/1","content":{}}""", "att.json: $: missing member \"signed\"")]
    [InlineData("""{"format":"hoshi-attestation/1","format":"hoshi-attestation/1"}""", "att.json: not valid JSON: Duplicate property 'format'")]
    public void A_malformed_file_is_refused_with_where(string text, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => AttestationVerifier.Verify(Encoding.UTF8.GetBytes(text), source: "att.json"));
        Assert.StartsWith(expected, Assert.Single(error.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_of_the_wrong_type_or_an_unknown_member_is_refused_with_its_path()
    {
        var document = Signed();
        Criterion(document, "2.2")["level"] = "3";
        var error = Assert.Throws<InvalidInputException>(() => AttestationVerifier.Verify(document.ToJsonString(), source: "att.json"));
        var index = document["content"]!["criteria"]!.AsArray().IndexOf(Criterion(document, "2.2"));
        Assert.Equal($"att.json: $.content.criteria[{index}].level: expected a whole number", error.Errors.Single().ToString());

        document = Signed();
        document["content"]!["note"] = "extra";
        error = Assert.Throws<InvalidInputException>(() => AttestationVerifier.Verify(document.ToJsonString(), source: "att.json"));
        Assert.StartsWith("att.json: $.content.note: unknown member", error.Errors.Single().ToString(), StringComparison.Ordinal);

        document = Signed();
        Criterion(document, "2.2")["status"] = "done";
        error = Assert.Throws<InvalidInputException>(() => AttestationVerifier.Verify(document.ToJsonString(), source: "att.json"));
        Assert.Contains(".status: expected a status code (unanswered, implemented", error.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        var bytes = AttestationSigner.Sign(Content(3), key);
        Assert.True(AttestationVerifier.Verify([.. Encoding.UTF8.Preamble, .. bytes]).Valid);
    }

    [Theory]
    [InlineData("AB:CD", null)]
    [InlineData("g", null)]
    public void A_fingerprint_is_64_hex_digits_in_any_case_with_colons_or_spaces(string text, string? expected)
    {
        Assert.Equal(expected, AttestationKeys.NormalizeFingerprint(text));
        var fingerprint = AttestationKeys.Fingerprint(key);
        var typed = string.Join(":", fingerprint.ToUpperInvariant().Chunk(2).Select(c => new string(c)));
        Assert.Equal(fingerprint, AttestationKeys.NormalizeFingerprint(typed));
        Assert.Equal(fingerprint, AttestationKeys.FingerprintOfPem(key.ExportSubjectPublicKeyInfoPem()));
        Assert.Equal(fingerprint, AttestationKeys.FingerprintOfPem(key.ExportPkcs8PrivateKeyPem()));
        Assert.Null(AttestationKeys.FingerprintOfPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
    }

    [Fact]
    public void Statuses_are_written_as_their_codes()
    {
        var document = Signed();
        Assert.Equal(AnswerStatus.Partial.Code(), (string?)Criterion(document, "2.2")["status"]);
        Assert.Equal("not_applicable", (string?)Criterion(document, "5.1")["status"]);
    }
}
