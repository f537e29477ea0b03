using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Tests.Catalogs;

/// <summary>
/// Proves, requirement by requirement, that the catalog's Japanese equals the published source once white
/// space and list markers are removed, so a transcription slip fails the build.
/// </summary>
public sealed partial class SourceTextTests
{
    private static readonly Core.Catalogs.Catalog Catalog = TestFiles.Catalog;
    private static readonly string[] SourceLines = File.ReadAllLines(TestFiles.Path(TestFiles.SourceFileName), Encoding.UTF8);

    public static TheoryData<string> RequirementIds() => [.. Enumerable.Range(1, 59).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void Source_file_is_the_one_the_catalog_names()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(TestFiles.Path(TestFiles.SourceFileName))));
        Assert.Equal(Catalog.Source.Sha256, hash);
        Assert.Equal(TestFiles.SourceFileName, Catalog.Source.File);
    }

    [Theory]
    [MemberData(nameof(RequirementIds))]
    public void Requirement_text_equals_the_source(string id)
    {
        var blocks = SourceBlocks();
        Assert.True(blocks.TryGetValue(id, out var source), $"requirement {id} not found in the source");
        var requirement = Catalog.FindRequirement(id);
        Assert.NotNull(requirement);

        var transcribed = new StringBuilder().Append(id).Append(requirement.Title.Ja).Append("level★").Append(requirement.Level);
        foreach (var criterion in requirement.Criteria)
        {
            transcribed.Append(criterion.Text.Ja);
            foreach (var part in criterion.Parts)
            {
                transcribed.Append(part.Text.Ja);
            }
        }

        AssertSameText(Normalize(source), Normalize(transcribed.ToString()), $"requirement {id}");
    }

    [Fact]
    public void Categories_and_subcategories_equal_the_source()
    {
        var headings = SourceLines.Where((l, i) => IsCategoryStart(i) || SubcategoryLine().IsMatch(l)).ToList();
        var fromCatalog = Catalog.Categories.SelectMany(c => new[] { $"{c.Id} {c.Title.Ja}" }
            .Concat(c.Subcategories.Select(s => $"{s.Id} {s.Title.Ja}"))).ToList();
        Assert.Equal(headings, fromCatalog);
    }

    [Fact]
    public void Requirements_sit_under_the_subcategory_that_precedes_them_in_the_source()
    {
        string? subcategory = null;
        var expected = new Dictionary<string, string>();
        for (var i = 0; i < SourceLines.Length; i++)
        {
            if (SubcategoryLine().Match(SourceLines[i]) is { Success: true } s)
            {
                subcategory = s.Groups[1].Value;
            }
            else if (RequirementStart(i) is { } id)
            {
                expected[id] = subcategory!;
            }
        }

        Assert.Equal(59, expected.Count);
        Assert.All(Catalog.Requirements, r => Assert.Equal(expected[r.Id], r.Subcategory.Id));
    }

    /// <summary>Requirement id → its lines in the source, from the numbered title up to the next heading.</summary>
    private static Dictionary<string, string> SourceBlocks()
    {
        var blocks = new Dictionary<string, string>();
        string? current = null;
        for (var i = 0; i < SourceLines.Length; i++)
        {
            if (RequirementStart(i) is { } id)
            {
                current = id;
                blocks[id] = "";
            }
            else if (SubcategoryLine().IsMatch(SourceLines[i]) || IsCategoryStart(i))
            {
                current = null;
            }

            if (current is not null)
            {
                blocks[current] += StripListMarker(SourceLines[i]) + "\n";
            }
        }

        return blocks;
    }

    private static string? RequirementStart(int i) =>
        i + 1 < SourceLines.Length && SourceLines[i + 1].StartsWith("level ★", StringComparison.Ordinal)
            && RequirementLine().Match(SourceLines[i]) is { Success: true } m ? m.Groups[1].Value : null;

    private static bool IsCategoryStart(int i) =>
        CategoryLine().IsMatch(SourceLines[i]) && i + 1 < SourceLines.Length && SubcategoryLine().IsMatch(SourceLines[i + 1]);

    private static string StripListMarker(string line) => line.StartsWith('-') ? line[1..] : line;

    private static string Normalize(string text) => WhiteSpace().Replace(text, "");

    private static void AssertSameText(string expected, string actual, string what)
    {
        if (expected == actual)
        {
            return;
        }

        var at = 0;
        while (at < Math.Min(expected.Length, actual.Length) && expected[at] == actual[at])
        {
            at++;
        }

        string Around(string s) => s.Substring(Math.Max(0, at - 20), Math.Min(s.Length - Math.Max(0, at - 20), 40));
        Assert.Fail($"{what}: the catalog differs from the source at character {at}:\n source:  …{Around(expected)}…\n catalog: …{Around(actual)}…");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(\d+) \S")]
    private static partial Regex RequirementLine();

    [GeneratedRegex(@"^\d \S")]
    private static partial Regex CategoryLine();

    [GeneratedRegex(@"^(\d-\d) \S")]
    private static partial Regex SubcategoryLine();
}
