using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Tests.Evaluation;

/// <summary>The rules stated as properties over random answer sets.</summary>
public sealed class LevelEvaluatorProperties
{
    private static readonly Core.Catalogs.Catalog Catalog = TestFiles.Catalog;

    private static readonly AnswerStatus[] Statuses = Enum.GetValues<AnswerStatus>();

    /// <summary>
    /// Random answers. The share of "implemented" is drawn first, often at or near 100 %, so that achieved
    /// levels occur; otherwise the properties would only ever see failing answer sets.
    /// </summary>
    private static Arbitrary<CriterionAnswer[]> Answers() =>
        Gen.OneOf(Gen.Constant(100), Gen.Choose(97, 100), Gen.Choose(0, 100)).Select(bias =>
        {
            return (Func<int, CriterionAnswer[]>)(seed =>
            {
                var random = new Random(seed);
                return Catalog.Criteria
                    .Select(c => (Criterion: c, Roll: random.Next(100)))
                    .Where(x => x.Roll < bias || random.Next(10) > 0)
                    .Select(x =>
                    {
                        var c = x.Criterion;
                        var status = x.Roll < bias ? AnswerStatus.Implemented : Statuses[random.Next(Statuses.Length)];
                        var justification = random.Next(3) == 0 ? null : "理由";
                        return new CriterionAnswer(c.Id, status, justification, random.Next(2) == 0);
                    })
                    .ToArray();
            });
        }).SelectMany(make => ArbMap.Default.GeneratorFor<int>().Select(make)).ToArbitrary();

    [Fact]
    public void The_generator_yields_both_achieved_and_failing_answer_sets()
    {
        var samples = Answers().Generator.Sample(50, 200).Select(a => LevelEvaluator.Evaluate(Catalog, 4, a).AchievedLevel).ToList();
        Assert.Contains(4, samples);
        Assert.Contains(null, samples);
    }

    private static CriterionAnswer[] Improve(CriterionAnswer[] answers, int index)
    {
        var criterion = Catalog.Criteria[Math.Abs(index) % Catalog.Criteria.Count];
        return answers.Where(a => a.CriterionId != criterion.Id).Append(new CriterionAnswer(criterion.Id, AnswerStatus.Implemented)).ToArray();
    }

    [Property(MaxTest = 300)]
    public Property Improving_one_answer_never_lowers_the_level() =>
        Prop.ForAll(Answers(), ArbMap.Default.ArbFor<int>(), (answers, index) =>
        {
            var before = LevelEvaluator.Evaluate(Catalog, 4, answers).AchievedLevel ?? 0;
            var after = LevelEvaluator.Evaluate(Catalog, 4, Improve(answers, index)).AchievedLevel ?? 0;
            return after >= before;
        });

    [Property(MaxTest = 300)]
    public Property A_level_4_pass_implies_a_level_3_pass() =>
        Prop.ForAll(Answers(), answers =>
            !LevelEvaluator.Evaluate(Catalog, 4, answers).Achieved || LevelEvaluator.Evaluate(Catalog, 3, answers).Achieved);

    [Property(MaxTest = 300)]
    public Property Achieved_exactly_when_there_are_no_gaps() =>
        Prop.ForAll(Answers(), Gen.Elements(3, 4).ToArbitrary(), (answers, level) =>
        {
            var result = LevelEvaluator.Evaluate(Catalog, level, answers);
            return result.Achieved == (result.Gaps.Count == 0);
        });

    [Property(MaxTest = 300)]
    public Property Partial_or_unanswered_anywhere_in_scope_blocks_the_level() =>
        Prop.ForAll(Answers(), answers =>
        {
            var blocking = answers.Any(a => Catalog.FindCriterion(a.CriterionId)!.Level <= 3 && a.Status is AnswerStatus.Partial or AnswerStatus.Unanswered or AnswerStatus.NotImplemented)
                || Catalog.CriteriaUpTo(3).Any(c => answers.All(a => a.CriterionId != c.Id));
            return !blocking || !LevelEvaluator.Evaluate(Catalog, 3, answers).Achieved;
        });

    [Property(MaxTest = 300)]
    public Property Counts_always_add_up() =>
        Prop.ForAll(Answers(), answers =>
        {
            var c = LevelEvaluator.Evaluate(Catalog, 4, answers).Counts;
            return c.Total == Catalog.Criteria.Count
                && c.Total == c.Met + c.NotMet + c.Partial + c.Unanswered + c.NotApplicable + c.UnjustifiedNotApplicable;
        });
}
