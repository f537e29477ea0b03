using System.Globalization;
using System.Text.Json.Nodes;
using Hoshi.Core.Assessments;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Export;

/// <summary>
/// Writes an assessment as OSCAL 1.2.1 assessment results: one result whose reviewed controls are the
/// requirements of the target level and below, with an observation (the answer, its evidence files with their
/// SHA-256) and a finding (satisfied or not) per criterion. The ★ reached is a prop in Hoshi's namespace.
/// The plan OSCAL requires (import-ap) is the scheme's self-assessment, described in the back matter; UUIDs are
/// derived from the assessment and the time it describes, so the same state exports to the same document.
/// </summary>
public static class OscalAssessmentResultsWriter
{
    public static void Write(AssessmentRecord record, string language, Stream output)
    {
        var evaluation = record.Evaluate();
        var reached = AssessmentRecord.ReachedLevel(evaluation);
        var id = $"oscal-ar:{record.AssessmentId}:{OscalJson.Time(record.AssessedAt)}:{language}";
        Guid Uuid(string name) => DeterministicGuid.Create($"{id}:{name}");

        var scope = record.InScope();
        var evidence = scope.SelectMany(x => x.Record.Evidence).Distinct().ToDictionary(e => e, e => Uuid($"evidence:{e.Sha256}:{e.FileName}"));
        var planUuid = Uuid("plan");
        var english = language == "en";

        var result = new JsonObject
        {
            ["uuid"] = Uuid("result").ToString(),
            ["title"] = english ? $"★{record.TargetLevel} self-assessment: {record.Title}" : $"★{record.TargetLevel} 自己評価: {record.Title}",
            ["description"] = english
                ? $"Self-assessment of {record.Organization.Name} against {record.Catalog.Title.In("en")} ({record.Catalog.Key}), target ★{record.TargetLevel}."
                : $"{record.Organization.Name}による{record.Catalog.Title.Ja}（{record.Catalog.Key}）に基づく自己評価。目標 ★{record.TargetLevel}。",
            ["start"] = OscalJson.Time(Start(record)),
            ["end"] = OscalJson.Time(record.AssessedAt),
            ["props"] = OscalJson.Array(
                OscalJson.Prop("target-level", Number(record.TargetLevel)),
                OscalJson.Prop("reached-level", reached is { } level ? Number(level) : "none"),
                OscalJson.Prop("achieved", reached == record.TargetLevel ? "true" : "false")),
            ["reviewed-controls"] = new JsonObject
            {
                ["control-selections"] = OscalJson.Array(new JsonObject
                {
                    ["include-controls"] = OscalJson.Array(scope.GroupBy(x => x.Criterion.Requirement).Select(g => new JsonObject
                    {
                        ["control-id"] = $"req-{g.Key.Id}",
                        ["statement-ids"] = OscalJson.Array(g.Select(x => JsonValue.Create($"crit-{x.Criterion.Id}"))),
                    })),
                }),
            },
            ["observations"] = OscalJson.Array(scope.Select(x => Observation(x, record, language, Uuid($"observation:{x.Criterion.Id}"), evidence))),
            ["findings"] = OscalJson.Array(scope.Select(x => Finding(x, language, Uuid($"finding:{x.Criterion.Id}"), Uuid($"observation:{x.Criterion.Id}")))),
        };

        var document = new JsonObject
        {
            ["assessment-results"] = new JsonObject
            {
                ["uuid"] = Uuid("document").ToString(),
                ["metadata"] = Metadata(record, Uuid("party")),
                ["import-ap"] = new JsonObject { ["href"] = $"#{planUuid}" },
                ["results"] = OscalJson.Array(result),
                ["back-matter"] = new JsonObject
                {
                    ["resources"] = OscalJson.Array([Plan(record, planUuid, english), .. evidence.Select(e => EvidenceResource(e.Key, e.Value))]),
                },
            },
        };
        OscalJson.Write(document, output);
    }

    private static DateTimeOffset Start(AssessmentRecord record)
    {
        var start = record.PeriodStart is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : record.AssessedAt;
        return start <= record.AssessedAt ? start : record.AssessedAt;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static JsonObject Metadata(AssessmentRecord record, Guid partyUuid)
    {
        var organization = new JsonObject { ["uuid"] = partyUuid.ToString(), ["type"] = "organization", ["name"] = record.Organization.Name };
        if (record.Organization.CorporateNumber is { } number)
        {
            organization["props"] = OscalJson.Array(OscalJson.Prop("corporate-number", number));
        }

        var props = new List<JsonNode>
        {
            OscalJson.Prop("catalog-id", record.Catalog.Id),
            OscalJson.Prop("catalog-version", record.Catalog.Version),
            OscalJson.Prop("assessment-id", record.AssessmentId.ToString()),
        };
        if (record.ScopeName is { } scope)
        {
            props.Add(OscalJson.Prop("scope", scope));
        }

        return new JsonObject
        {
            ["title"] = record.Title,
            ["last-modified"] = OscalJson.Time(record.AssessedAt),
            ["version"] = OscalJson.Time(record.AssessedAt),
            ["oscal-version"] = OscalJson.Version,
            ["props"] = OscalJson.Array(props),
            ["parties"] = OscalJson.Array(organization),
        };
    }

    private static JsonObject Observation(ScopedCriterion x, AssessmentRecord record, string language, Guid uuid, Dictionary<EvidenceRecord, Guid> evidence)
    {
        var observation = new JsonObject
        {
            ["uuid"] = uuid.ToString(),
            ["title"] = Title(x, language),
            ["description"] = Description(x.Record, language),
            ["props"] = OscalJson.Array(OscalJson.Label(x.Criterion.Id), OscalJson.Prop("status", x.Record.Status.Code())),
            ["methods"] = OscalJson.Array(JsonValue.Create(x.Record.Evidence.Count > 0 ? "EXAMINE" : "INTERVIEW")),
            ["collected"] = OscalJson.Time(record.AssessedAt),
        };
        if (x.Record.Evidence.Count > 0)
        {
            observation["relevant-evidence"] = OscalJson.Array(x.Record.Evidence.Select(e => new JsonObject
            {
                ["href"] = $"#{evidence[e]}",
                ["description"] = e.FileName,
                ["props"] = OscalJson.Array(OscalJson.Prop("sha-256", e.Sha256)),
            }));
        }

        return observation;
    }

    private static JsonObject Finding(ScopedCriterion x, string language, Guid uuid, Guid observationUuid) => new()
    {
        ["uuid"] = uuid.ToString(),
        ["title"] = Title(x, language),
        ["description"] = Description(x.Record, language),
        ["props"] = OscalJson.Array(
            OscalJson.Label(x.Criterion.Id),
            OscalJson.Prop("level", Number(x.Criterion.Level)),
            OscalJson.Prop("status", x.Record.Status.Code())),
        ["target"] = new JsonObject
        {
            ["type"] = "statement-id",
            ["target-id"] = $"crit-{x.Criterion.Id}",
            ["status"] = new JsonObject
            {
                ["state"] = x.Record.Satisfies ? "satisfied" : "not-satisfied",
                ["reason"] = (x.Record.Satisfies, x.Record.Status) switch
                {
                    (true, AnswerStatus.Implemented) => "pass",
                    (true, _) => "other",
                    _ => "fail",
                },
            },
        },
        ["related-observations"] = OscalJson.Array(new JsonObject { ["observation-uuid"] = observationUuid.ToString() }),
    };

    private static string Title(ScopedCriterion x, string language) => $"{x.Criterion.Id} {x.Criterion.Requirement.Title.In(language)}";

    private static string Description(CriterionRecord answer, string language) =>
        answer.Status.Label(language) + (answer.Justification is { Length: > 0 } why ? (language == "en" ? $": {why}" : $"：{why}") : "");

    private static JsonObject Plan(AssessmentRecord record, Guid uuid, bool english) => new()
    {
        ["uuid"] = uuid.ToString(),
        ["title"] = english
            ? $"Self-assessment plan: {record.Catalog.Title.In("en")}, ★{record.TargetLevel}"
            : $"自己評価計画: {record.Catalog.Title.Ja} ★{record.TargetLevel}",
        ["description"] = english
            ? $"Every criterion of ★{record.TargetLevel} and below in catalog {record.Catalog.Key}, answered by the organization; a criterion is satisfied when implemented, or not applicable with a written justification."
            : $"カタログ {record.Catalog.Key} の ★{record.TargetLevel} 以下のすべての判定基準を組織が回答する。実施済、または理由を記載した対象外の場合に満たすものとする。",
        ["props"] = OscalJson.Array(OscalJson.Prop("catalog-id", record.Catalog.Id), OscalJson.Prop("catalog-version", record.Catalog.Version)),
    };

    private static JsonObject EvidenceResource(EvidenceRecord evidence, Guid uuid) => new()
    {
        ["uuid"] = uuid.ToString(),
        ["title"] = evidence.FileName,
        ["rlinks"] = OscalJson.Array(new JsonObject
        {
            ["href"] = Uri.EscapeDataString(evidence.FileName),
            ["hashes"] = OscalJson.Array(new JsonObject { ["algorithm"] = "SHA-256", ["value"] = evidence.Sha256 }),
        }),
    };
}
