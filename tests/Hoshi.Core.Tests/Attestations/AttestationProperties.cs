using System.Security.Cryptography;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hoshi.Core.Assessments;
using Hoshi.Core.Attestations;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Tests.Attestations;

/// <summary>Over random assessments: what is signed verifies, and a change to any one criterion is named as that criterion.</summary>
public sealed class AttestationProperties
{
    private static readonly ECDsa Key = AttestationKeys.Create();
    private static readonly AnswerStatus[] Statuses = Enum.GetValues<AnswerStatus>();

    private static Arbitrary<AssessmentRecord> Records() =>
        Gen.Zip(Gen.Elements(3, 4), ArbMap.Default.GeneratorFor<int>()).Select(x =>
        {
            var random = new Random(x.Item2);
            var criteria = TestFiles.Catalog.CriteriaUpTo(x.Item1)
                .Where(_ => random.Next(5) > 0)
                .Select(c => new CriterionRecord(
                    c.Id,
                    random.Next(3) > 0 ? AnswerStatus.Implemented : Statuses[random.Next(Statuses.Length)],
                    random.Next(3) == 0 ? null : "理由 " + random.Next(),
                    [.. Enumerable.Range(0, random.Next(3)).Select(i => new EvidenceRecord(random.Next(2) == 0 ? "同じ名前.pdf" : $"file-{i}.pdf", SampleAssessment.Sha(random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture))))]))
                .ToList();
            return SampleAssessment.Create(x.Item1) with { TargetLevel = x.Item1, Criteria = criteria };
        }).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Every_signed_assessment_verifies_and_states_the_evaluators_level() =>
        Prop.ForAll(Records(), record =>
        {
            var content = AttestationContent.From(record, SampleAssessment.IssuedAt);
            var result = AttestationVerifier.Verify(AttestationSigner.Sign(content, Key), AttestationKeys.Fingerprint(Key));
            return result.Valid && result.Content.Result.ReachedLevel == AssessmentRecord.ReachedLevel(record.Evaluate());
        });

    [Property(MaxTest = 60)]
    public Property A_changed_justification_of_any_criterion_is_named_as_exactly_that_criterion() =>
        Prop.ForAll(Records(), ArbMap.Default.ArbFor<int>(), (record, pick) =>
        {
            var document = JsonNode.Parse(AttestationSigner.Sign(AttestationContent.From(record, SampleAssessment.IssuedAt), Key))!;
            // Not an unjustified not-applicable answer: a justification would make it count as met and change the level.
            var candidates = document["content"]!["criteria"]!.AsArray()
                .Where(c => (string?)c!["status"] != "not_applicable" || c["justification"] is not null).ToList();
            if (candidates.Count == 0)
            {
                return true.ToProperty();
            }

            var criterion = candidates[Math.Abs(pick % candidates.Count)]!;
            criterion["justification"] = (string?)criterion["justification"] + "（改ざん）";

            var problems = AttestationVerifier.Verify(document.ToJsonString()).Problems.Select(p => p.ToString()).ToList();
            return problems.SequenceEqual([$"criterion {(string)criterion["id"]!}: content changed"])
                .Label(string.Join("; ", problems));
        });
}
