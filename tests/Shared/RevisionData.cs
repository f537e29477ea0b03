using System.Text.Json;
using System.Text.Json.Nodes;
using Hoshi.Core.Catalogs;

namespace Hoshi.Tests.Shared;

/// <summary>
/// Test catalogs of the 2026-03-27 revision, built from tests/TestData/scs-2026-03-27-star3.json (the ★3 part,
/// verbatim, with workbook rows) and, where a test needs ★4, from rows of test text that fill the workbook rows the
/// ★3 part leaves free, as IPA's workbook has them (153 criteria on rows 3 to 155). The categories are those of
/// catalog v1. Shared by the Core and command-line tests (linked into both projects).
/// </summary>
internal static class RevisionData
{
    public const string Version = "2026-03-27";
    public const string PublishedSha256 = "d4c27aa4bfed5521a98ff9ce8c042743e4204e4b8310ceb3df0c54eabfdc8dd1";
    public const string Sheet = "★3・★4要求事項・評価基準";

    /// <summary>One criterion as the workbook has it.</summary>
    public sealed record Row(int Number, string Category, string Requirement, string RequirementText, int Level, string Criterion, string CriterionText);

    // Before the rows below: static initializers run in the order they are written.
    private static readonly int[] Levels = [3, 4];

    private static Catalog Draft { get; } = CatalogLibrary.BuiltIn().Find("meti-scs", "1")!;

    /// <summary>The 81 ★3 criteria of the reference file, in workbook order.</summary>
    public static IReadOnlyList<Row> Star3 { get; } = ReadReference();

    /// <summary>The ★3 criteria and 72 ★4 criteria of test text, in workbook order (rows 3 to 155).</summary>
    public static IReadOnlyList<Row> Star3And4 { get; } = AddStar4(Star3);

    /// <summary>
    /// A hoshi-catalog/2 document of <paramref name="rows"/>. With <paramref name="english"/>, every text gets an
    /// English stand-in of the same line structure; without, the English is absent as for an imported workbook.
    /// </summary>
    public static JsonObject Document(IReadOnlyList<Row> rows, string id = "meti-scs", string version = Version, bool english = false, int[]? incompleteLevels = null)
    {
        var levels = rows.Select(r => r.Level).ToHashSet();
        var document = new JsonObject
        {
            ["format"] = "hoshi-catalog/2",
            ["id"] = id,
            ["version"] = version,
            ["published"] = Version,
            ["title"] = new JsonObject { ["ja"] = "試験用カタログ（2026年3月27日改訂）", ["en"] = "Test catalog (revision of 2026-03-27)" },
            ["source"] = new JsonObject
            {
                ["publisher"] = "経済産業省 (METI) / 独立行政法人情報処理推進機構 (IPA)",
                ["description"] = "test",
                ["url"] = "https://www.ipa.go.jp/security/scs/rcu1hd0000007a2i-att/20260327001-c.xlsx",
                ["file"] = "20260327001-c.xlsx",
                ["sheet"] = Sheet,
                ["sha256"] = PublishedSha256,
            },
            ["levels"] = new JsonArray(3, 4),
        };
        var incomplete = incompleteLevels ?? [.. Levels.Where(l => !levels.Contains(l))];
        if (incomplete.Length > 0)
        {
            document["incompleteLevels"] = new JsonArray([.. incomplete.Select(l => JsonValue.Create(l))]);
        }

        document["categories"] = JsonNode.Parse(JsonSerializer.Serialize(Draft.Categories.Select(c => new
        {
            id = c.Id,
            csf = c.CsfFunction,
            title = new { ja = c.Title.Ja, en = c.Title.En },
            subcategories = c.Subcategories.Select(s => new { id = s.Id, csf = s.CsfCategory, title = new { ja = s.Title.Ja, en = s.Title.En } }),
        })));
        document["requirements"] = new JsonArray([.. rows.GroupBy(r => r.Requirement).Select(g => new JsonObject
        {
            ["id"] = g.Key,
            ["subcategory"] = Subcategory(g.Key),
            ["title"] = Text(g.First().RequirementText, english ? $"(en) requirement {g.Key}" : null),
            ["criteria"] = new JsonArray([.. g.Select(r => new JsonObject
            {
                ["id"] = r.Criterion,
                ["level"] = r.Level,
                ["row"] = r.Number,
                ["text"] = Text(r.CriterionText, english ? English(r.CriterionText) : null),
            })]),
        })]);
        return document;
    }

    /// <summary>The catalog of <see cref="Document"/>, loaded as a file would be.</summary>
    public static Catalog Load(JsonObject document) =>
        CatalogLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString())), $"{document["id"]}-{document["version"]}.catalog.json");

    public static string Subcategory(string requirement) => string.Join('-', requirement.Split('-')[..2]);

    /// <summary>An English stand-in with the Japanese's line kinds, so that the loader pairs the parts.</summary>
    public static string English(string japanese) => string.Join('\n', japanese.Split('\n').Select((line, i) =>
    {
        var text = line.Trim();
        return text.Length == 0 ? ""
            : text[0] == '・' ? $"• (en) statement {i + 1}"
            : text[0] == '-' ? $"- (en) item {i + 1}"
            : text[0] == '※' ? $"※ (en) note {i + 1}"
            : text[0] == '[' && text[^1] == ']' ? $"[(en) heading {i + 1}]"
            : $"(en) line {i + 1}";
    }));

    private static JsonObject Text(string ja, string? en)
    {
        var text = new JsonObject { ["ja"] = ja };
        if (en is not null)
        {
            text["en"] = en;
        }

        return text;
    }

    private static List<Row> ReadReference()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "scs-2026-03-27-star3.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.EnumerateArray().Select(e => new Row(
            e.GetProperty("row").GetInt32(), e.GetProperty("category").GetString()!, e.GetProperty("requirement").GetString()!,
            e.GetProperty("requirementText").GetString()!, 3, e.GetProperty("criterion").GetString()!, e.GetProperty("criterionText").GetString()!))];
    }

    /// <summary>
    /// Fills every free row from 3 to 155 with a ★4 criterion of test text: a block of free rows between two
    /// requirements of one subcategory whose numbers leave one out becomes that requirement; otherwise the first
    /// free row continues the requirement above (a requirement with ★3 and ★4 criteria) and the rest become the
    /// next requirement number of its subcategory.
    /// </summary>
    private static List<Row> AddStar4(IReadOnlyList<Row> star3)
    {
        var byRow = star3.ToDictionary(r => r.Number);
        var rows = new List<Row>();
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        Row Star4(int number, string requirement)
        {
            var n = next[requirement] = next.GetValueOrDefault(requirement, star3.Count(r => r.Requirement == requirement)) + 1;
            var existing = star3.FirstOrDefault(r => r.Requirement == requirement);
            var category = Draft.Categories.Single(c => c.Id == requirement.Split('-')[0]).Title.Ja;
            return new Row(number, category, requirement, existing?.RequirementText ?? $"（試験用）★4の要求事項 {requirement}", 4,
                $"{requirement}-{n}", $"・（試験用）★4の評価基準 {requirement}-{n}");
        }

        static int Number(string requirement) => int.Parse(requirement.Split('-')[2], System.Globalization.CultureInfo.InvariantCulture);

        for (var number = 3; number <= 155;)
        {
            if (byRow.TryGetValue(number, out var row))
            {
                rows.Add(row);
                number++;
                continue;
            }

            var end = number;
            while (end + 1 <= 155 && !byRow.ContainsKey(end + 1))
            {
                end++;
            }

            var before = rows.LastOrDefault();
            var after = byRow.GetValueOrDefault(end + 1);
            var free = Enumerable.Range(number, end - number + 1).ToList();
            if (before is null)
            {
                rows.AddRange(free.Select(n => Star4(n, "1-1-1")));
            }
            else if (after is not null && Subcategory(before.Requirement) == Subcategory(after.Requirement) && Number(after.Requirement) - Number(before.Requirement) == 2)
            {
                rows.AddRange(free.Select(n => Star4(n, $"{Subcategory(before.Requirement)}-{Number(before.Requirement) + 1}")));
            }
            else if (after is not null && Subcategory(before.Requirement) == Subcategory(after.Requirement))
            {
                rows.AddRange(free.Select(n => Star4(n, before.Requirement)));
            }
            else
            {
                rows.Add(Star4(free[0], before.Requirement));
                rows.AddRange(free.Skip(1).Select(n => Star4(n, $"{Subcategory(before.Requirement)}-{Number(before.Requirement) + 1}")));
            }

            number = end + 1;
        }

        return rows;
    }
}
