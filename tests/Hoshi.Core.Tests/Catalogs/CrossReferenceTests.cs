using Hoshi.Core.Catalogs;
using Hoshi.Tests.Shared;

namespace Hoshi.Core.Tests.Catalogs;

public sealed class CrossReferenceTests
{
    private static readonly Core.Catalogs.Catalog Star3 = RevisionData.Load(RevisionData.Document(RevisionData.Star3));

    [Fact]
    public void A_criterion_and_a_requirement_reference_resolve_and_the_text_is_kept_whole()
    {
        var text = Star3.FindCriterion("4-1-4-1")!.OfficialText.Ja;
        var segments = CrossReferences.Split(text, Star3);
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        var reference = Assert.Single(segments, s => s.Reference is not null);
        Assert.Equal(("No.4-1-5", "4-1-5"), (reference.Text, reference.Reference!.Id));
        Assert.Same(Star3.FindRequirement("4-1-5"), reference.Reference.Requirement);
        Assert.Null(reference.Reference.Criterion);

        var criterion = Assert.Single(CrossReferences.In(Star3.FindCriterion("4-1-3-2")!.OfficialText.Ja, Star3));
        Assert.Same(Star3.FindCriterion("4-1-3-3"), criterion.Criterion);
        Assert.Equal(["4-1-5-1", "4-1-5-4"], CrossReferences.In(Star3.FindCriterion("4-1-5-5")!.Text.Ja, Star3).Select(r => r.Id));
    }

    [Fact]
    public void Every_reference_of_the_star3_text_resolves()
    {
        var references = Star3.Criteria.SelectMany(c => CrossReferences.In(c.OfficialText.Ja, Star3)).ToList();
        Assert.Equal(19, references.Count);
        Assert.All(references, r => Assert.True(r.Resolves, r.Id));
    }

    [Theory]
    [InlineData("No.9-9-9-9で定めた", "9-9-9-9", false)]
    [InlineData("No.4-1-5-1-2", null, false)]
    [InlineData("No.4-1", null, false)]
    [InlineData("No.４-１-５", null, false)]
    [InlineData("(No.4-1-5)", "4-1-5", true)]
    public void Only_ids_of_three_or_four_numbers_are_references_and_only_known_ones_resolve(string text, string? id, bool resolves)
    {
        var reference = CrossReferences.In(text, Star3).SingleOrDefault();
        Assert.Equal((id, resolves), (reference?.Id, reference?.Resolves ?? false));
    }

    [Fact]
    public void The_drafts_list_numbers_are_never_references()
    {
        var draft = TestFiles.Catalog;
        var texts = draft.Criteria.SelectMany(c => new[] { c.OfficialText.Ja, c.OfficialText.En! }).ToList();
        Assert.Contains(texts, t => t.Contains("[No.15]", StringComparison.Ordinal));
        Assert.Empty(texts.SelectMany(t => CrossReferences.In(t, draft)));
    }
}
