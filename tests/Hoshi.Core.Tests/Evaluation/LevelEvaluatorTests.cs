using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Tests.Evaluation;

public sealed class LevelEvaluatorTests
{
    private static readonly Core.Catalogs.Catalog Catalog = TestFiles.Catalog;

    private static IEnumerable<CriterionAnswer> All(int level, AnswerStatus status = AnswerStatus.Implemented, bool evidence = true) =>
        Catalog.CriteriaUpTo(level).Select(c => new CriterionAnswer(c.Id, status, status == AnswerStatus.NotApplicable ? "理由" : null, evidence));

    private static IEnumerable<CriterionAnswer> Replace(IEnumerable<CriterionAnswer> answers, CriterionAnswer replacement) =>
        answers.Select(a => a.CriterionId == replacement.CriterionId ? replacement : a);

    private static string FirstCriterionOfLevel(int level) => Catalog.Criteria.First(c => c.Level == level).Id;

    [Fact]
    public void Nothing_answered_reaches_no_level_and_every_criterion_is_a_gap()
    {
        var result = LevelEvaluator.Evaluate(Catalog, 4, []);
        Assert.False(result.Achieved);
        Assert.Null(result.AchievedLevel);
        Assert.Equal(Catalog.Criteria.Count, result.Counts.Unanswered);
        Assert.Equal(Catalog.Criteria.Count, result.Gaps.Count);
        Assert.All(result.Gaps, g => Assert.Equal("unanswered", g.StatusCode));
    }

    [Fact]
    public void All_level_3_criteria_implemented_reach_level_3_but_not_4()
    {
        var result = LevelEvaluator.Evaluate(Catalog, 4, All(3));
        Assert.Equal(3, result.AchievedLevel);
        Assert.False(result.Achieved);
        Assert.Equal(Catalog.Criteria.Count(c => c.Level == 4), result.Gaps.Count);

        var asTarget3 = LevelEvaluator.Evaluate(Catalog, 3, All(3));
        Assert.True(asTarget3.Achieved);
        Assert.Empty(asTarget3.Gaps);
        Assert.Equal(Catalog.CriteriaUpTo(3).Count(), asTarget3.Counts.Total);
    }

    [Fact]
    public void Level_4_needs_every_level_3_criterion_too()
    {
        var missingOne3 = Replace(All(4), new CriterionAnswer(FirstCriterionOfLevel(3), AnswerStatus.NotImplemented));
        var result = LevelEvaluator.Evaluate(Catalog, 4, missingOne3);
        Assert.Null(result.AchievedLevel);
        Assert.False(result.Achieved);
        Assert.Equal(FirstCriterionOfLevel(3), Assert.Single(result.Gaps).CriterionId);
    }

    [Fact]
    public void Partial_never_counts_as_met()
    {
        var id = FirstCriterionOfLevel(3);
        var result = LevelEvaluator.Evaluate(Catalog, 3, Replace(All(3), new CriterionAnswer(id, AnswerStatus.Partial)));
        Assert.False(result.Achieved);
        Assert.Equal(1, result.Counts.Partial);
        Assert.Equal("partial", Assert.Single(result.Gaps).StatusCode);
    }

    [Fact]
    public void Not_applicable_counts_only_with_a_written_justification()
    {
        var id = FirstCriterionOfLevel(3);
        var justified = LevelEvaluator.Evaluate(Catalog, 3, Replace(All(3), new CriterionAnswer(id, AnswerStatus.NotApplicable, "サーバを保有しないため")));
        Assert.True(justified.Achieved);
        Assert.Equal(1, justified.Counts.NotApplicable);

        var unjustified = LevelEvaluator.Evaluate(Catalog, 3, Replace(All(3), new CriterionAnswer(id, AnswerStatus.NotApplicable, "   ")));
        Assert.False(unjustified.Achieved);
        Assert.Equal(0, unjustified.Counts.NotApplicable);
        Assert.Equal(1, unjustified.Counts.UnjustifiedNotApplicable);
        var gap = Assert.Single(unjustified.Gaps);
        Assert.True(gap.MissingJustification);
        Assert.Equal("not_applicable_unjustified", gap.StatusCode);
    }

    [Fact]
    public void Counts_add_up_to_the_target_scope()
    {
        var answers = new[]
        {
            new CriterionAnswer("2.1", AnswerStatus.Implemented),
            new CriterionAnswer("2.2", AnswerStatus.Partial),
            new CriterionAnswer("5.1", AnswerStatus.NotImplemented),
            new CriterionAnswer("5.2", AnswerStatus.NotApplicable, "該当者なし"),
            new CriterionAnswer("1.1", AnswerStatus.Implemented), // level 4: outside a level-3 target
        };
        var c = LevelEvaluator.Evaluate(Catalog, 3, answers).Counts;
        Assert.Equal((1, 1, 1, 1), (c.Met, c.Partial, c.NotMet, c.NotApplicable));
        Assert.Equal(c.Total, c.Met + c.Partial + c.NotMet + c.NotApplicable + c.Unanswered + c.UnjustifiedNotApplicable);
        Assert.Equal(Catalog.CriteriaUpTo(3).Count(), c.Total);
    }

    [Fact]
    public void Progress_is_reported_per_category_and_per_CSF_function()
    {
        var result = LevelEvaluator.Evaluate(Catalog, 4, All(4).Where(a => a.CriterionId.StartsWith("1.", StringComparison.Ordinal) || Catalog.FindCriterion(a.CriterionId)!.Requirement.Category.Id == "7"));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], result.Categories.Select(p => p.Id));
        Assert.Equal(["GV", "ID", "PR", "DE", "RS", "RC"], result.Functions.Select(p => p.Id));
        Assert.Equal(100, result.Categories.Single(p => p.Id == "7").Percent);
        Assert.Equal(0, result.Categories.Single(p => p.Id == "5").Percent);
        Assert.Equal(Catalog.Criteria.Count, result.Functions.Sum(p => p.Total));
        var gv = result.Functions.Single(p => p.Id == "GV");
        Assert.Equal(Catalog.FindRequirement("1")!.Criteria.Count, gv.Satisfied);
    }

    [Fact]
    public void Met_criteria_without_evidence_are_listed()
    {
        var answers = Replace(All(3), new CriterionAnswer("2.1", AnswerStatus.Implemented, HasEvidence: false));
        var result = LevelEvaluator.Evaluate(Catalog, 3, answers);
        Assert.Equal(["2.1"], result.MetWithoutEvidence);
        Assert.True(result.Achieved); // evidence supports an answer; its absence is shown, not counted against the level
    }

    [Fact]
    public void Unknown_or_duplicate_criteria_and_unknown_levels_are_refused()
    {
        Assert.Throws<ArgumentException>(() => LevelEvaluator.Evaluate(Catalog, 3, [new CriterionAnswer("99.1", AnswerStatus.Implemented)]));
        Assert.Throws<ArgumentException>(() => LevelEvaluator.Evaluate(Catalog, 3, [new CriterionAnswer("2.1", AnswerStatus.Implemented), new CriterionAnswer("2.1", AnswerStatus.Partial)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LevelEvaluator.Evaluate(Catalog, 5, []));
    }
}
