using System.Text.Json;
using System.Text.RegularExpressions;
using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Tests.Catalogs;

/// <summary>
/// Hoshi's guidance for the 2026-03-27 revision, checked against the official ★3 reference with plain JSON
/// reading: it must not depend on the revision's catalog file, which is written separately.
/// </summary>
public sealed partial class RevisionGuidanceTests
{
    private const string ResourceName = "Hoshi.Catalogs.meti-scs-2026-03-27.guidance.json";
    private const string ReferenceFileName = "scs-2026-03-27-star3.json";

    [Fact]
    public void Names_the_revision_it_explains()
    {
        using var guidance = ReadGuidance();
        var root = guidance.RootElement;
        Assert.Equal(GuidanceLoader.FormatName, root.GetProperty("format").GetString());
        Assert.Equal("meti-scs", root.GetProperty("catalog").GetString());
        Assert.Equal("2026-03-27", root.GetProperty("catalogVersion").GetString());
    }

    [Fact]
    public void Explains_exactly_the_26_star_3_requirements_of_the_reference_in_its_order()
    {
        using var guidance = ReadGuidance();
        var ids = guidance.RootElement.GetProperty("requirements").EnumerateObject().Select(p => p.Name).ToList();
        var expected = ReferenceRequirementIds();
        Assert.Equal(26, expected.Count);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Every_requirement_has_a_summary_and_two_to_five_evidence_items_in_both_languages()
    {
        using var guidance = ReadGuidance();
        Assert.All(guidance.RootElement.GetProperty("requirements").EnumerateObject(), requirement =>
        {
            var summary = requirement.Value.GetProperty("summary");
            AssertBilingual(summary, requirement.Name);
            var evidence = requirement.Value.GetProperty("evidence").EnumerateArray().ToList();
            Assert.InRange(evidence.Count, 2, 5);
            Assert.All(evidence, item => AssertBilingual(item, requirement.Name));
        });
    }

    [Fact]
    public void Cites_criteria_only_by_the_revision_s_own_numbers_and_the_same_in_both_languages()
    {
        var known = ReferenceIds();
        using var guidance = ReadGuidance();
        Assert.All(guidance.RootElement.GetProperty("requirements").EnumerateObject(), requirement =>
        {
            var summary = requirement.Value.GetProperty("summary");
            var ja = Citations(summary.GetProperty("ja").GetString()!);
            var en = Citations(summary.GetProperty("en").GetString()!);
            Assert.Equal(ja, en);
            Assert.All(ja, id => Assert.Contains(id, known));
        });
    }

    [Fact]
    public void Loads_with_the_product_s_guidance_loader()
    {
        using var stream = typeof(CatalogLibrary).Assembly.GetManifestResourceStream(ResourceName)!;
        var (key, requirements) = GuidanceLoader.Load(stream, ResourceName);
        Assert.Equal("meti-scs@2026-03-27", key);
        Assert.Equal(ReferenceRequirementIds().Order(StringComparer.Ordinal), requirements.Keys.Order(StringComparer.Ordinal));
    }

    private static void AssertBilingual(JsonElement text, string requirementId)
    {
        var ja = text.GetProperty("ja").GetString();
        var en = text.GetProperty("en").GetString();
        Assert.False(string.IsNullOrWhiteSpace(ja), $"{requirementId}: empty Japanese");
        Assert.False(string.IsNullOrWhiteSpace(en), $"{requirementId}: empty English");
        Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", ja);
        Assert.DoesNotMatch(@"[\p{IsHiragana}\p{IsKatakana}]", en);
    }

    private static List<string> Citations(string text) => [.. CitationPattern().Matches(text).Select(m => m.Groups[1].Value)];

    private static JsonDocument ReadGuidance()
    {
        using var stream = typeof(CatalogLibrary).Assembly.GetManifestResourceStream(ResourceName);
        Assert.NotNull(stream);
        return JsonDocument.Parse(stream);
    }

    private static List<string> ReferenceRequirementIds()
    {
        using var reference = JsonDocument.Parse(File.ReadAllBytes(TestFiles.Path(ReferenceFileName)));
        return [.. reference.RootElement.EnumerateArray().Select(c => c.GetProperty("requirement").GetString()!).Distinct()];
    }

    private static HashSet<string> ReferenceIds()
    {
        using var reference = JsonDocument.Parse(File.ReadAllBytes(TestFiles.Path(ReferenceFileName)));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in reference.RootElement.EnumerateArray())
        {
            ids.Add(criterion.GetProperty("criterion").GetString()!);
            ids.Add(criterion.GetProperty("requirement").GetString()!);
        }

        return ids;
    }

    [GeneratedRegex(@"No\.(\d+(?:-\d+)+)")]
    private static partial Regex CitationPattern();
}
