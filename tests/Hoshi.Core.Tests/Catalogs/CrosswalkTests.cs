using System.Text.Json;

namespace Hoshi.Core.Tests.Catalogs;

/// <summary>
/// The crosswalk from the 2025 interim draft (meti-scs@1) to the revision of 2026-03-27, read as plain JSON and
/// checked against both catalog files: nothing of the draft's ★3 is forgotten, nothing of the revision's ★3 is
/// left without an origin or a "new" mark.
/// </summary>
public sealed class CrosswalkTests
{
    private static readonly JsonElement Crosswalk = CatalogDataFiles.Read(CatalogDataFiles.DraftToRevision);
    private static readonly JsonElement Draft = CatalogDataFiles.Read(CatalogDataFiles.Draft);
    private static readonly JsonElement Revision = CatalogDataFiles.Read(CatalogDataFiles.Revision);

    private static readonly List<(string Key, List<string> Targets)> Map =
        [.. Crosswalk.GetProperty("map").EnumerateObject().Select(p => (p.Name, p.Value.EnumerateArray().Select(t => t.GetString()!).ToList()))];

    private static readonly List<string> New = [.. Crosswalk.GetProperty("new").EnumerateArray().Select(t => t.GetString()!)];

    [Fact]
    public void Goes_from_the_draft_to_the_revision_and_explains_itself_in_both_languages()
    {
        Assert.Equal("hoshi-crosswalk/1", Crosswalk.GetProperty("format").GetString());
        Assert.Equal("meti-scs@1", Crosswalk.GetProperty("from").GetString());
        Assert.Equal("meti-scs@2026-03-27", Crosswalk.GetProperty("to").GetString());
        Assert.Equal(
            $"{Draft.GetProperty("id").GetString()}@{Draft.GetProperty("version").GetString()}",
            Crosswalk.GetProperty("from").GetString());
        Assert.Equal(
            $"{Revision.GetProperty("id").GetString()}@{Revision.GetProperty("version").GetString()}",
            Crosswalk.GetProperty("to").GetString());
        Assert.Matches(@"\p{IsHiragana}", Crosswalk.GetProperty("note").GetProperty("ja").GetString());
        Assert.DoesNotMatch(@"[\p{IsHiragana}\p{IsKatakana}]", Crosswalk.GetProperty("note").GetProperty("en").GetString()!);
        Assert.Equal(["format", "from", "to", "note", "map", "new"], Crosswalk.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Every_draft_criterion_is_a_key_once_in_draft_order()
    {
        var draftCriteria = CatalogDataFiles.Criteria(Draft).Select(c => CatalogDataFiles.Id(c.Criterion)).ToList();
        Assert.Equal(152, draftCriteria.Count);
        Assert.Equal(draftCriteria, Map.Select(m => m.Key));
    }

    [Fact]
    public void Every_draft_level_3_criterion_appears()
    {
        var draftLevel3 = CatalogDataFiles.Criteria(Draft)
            .Where(c => c.Requirement.GetProperty("level").GetInt32() == 3)
            .Select(c => CatalogDataFiles.Id(c.Criterion))
            .ToList();
        Assert.Equal(78, draftLevel3.Count);
        Assert.Empty(draftLevel3.Except(Map.Select(m => m.Key), StringComparer.Ordinal));
    }

    [Fact]
    public void Every_target_is_a_level_3_criterion_of_the_revision_listed_once()
    {
        var revisionLevel3 = RevisionLevel3();
        Assert.All(Map, m =>
        {
            Assert.Equal(m.Targets.Distinct(StringComparer.Ordinal), m.Targets);
            Assert.All(m.Targets, t => Assert.Contains(t, revisionLevel3));
        });
        Assert.Equal(New.Distinct(StringComparer.Ordinal), New);
        Assert.All(New, n => Assert.Contains(n, revisionLevel3));
    }

    [Fact]
    public void Every_level_3_criterion_of_the_revision_is_either_mapped_or_new_not_both()
    {
        var targets = Map.SelectMany(m => m.Targets).ToHashSet(StringComparer.Ordinal);
        Assert.All(RevisionLevel3(), id => Assert.True(
            targets.Contains(id) ^ New.Contains(id),
            $"{id} is {(targets.Contains(id) ? "both a target and new" : "neither a target nor new")}"));
    }

    private static HashSet<string> RevisionLevel3() =>
        CatalogDataFiles.Criteria(Revision)
            .Where(c => c.Criterion.GetProperty("level").GetInt32() == 3)
            .Select(c => CatalogDataFiles.Id(c.Criterion))
            .ToHashSet(StringComparer.Ordinal);
}
