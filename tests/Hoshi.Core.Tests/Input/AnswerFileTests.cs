using Hoshi.Core.Evaluation;
using Hoshi.Core.Input;

namespace Hoshi.Core.Tests.Input;

public sealed class AnswerFileTests
{
    private static IReadOnlyList<CriterionAnswer> Parse(string text) =>
        AnswerFile.Parse(new StringReader(text), "answers.csv", TestFiles.Catalog);

    private static IReadOnlyList<InputError> Errors(string text) =>
        Assert.Throws<InvalidInputException>(() => Parse(text)).Errors;

    [Fact]
    public void Reads_codes_and_Japanese_labels_and_quoted_fields()
    {
        var answers = Parse(
            "criterion,status,justification\r\n" +
            "2.1,implemented,\r\n" +
            "2.2,一部実施,\n" +
            "5.1,未実施,\n" +
            "\n" +
            "5.2,対象外,\"派遣社員を受け入れていない。\n複数行, カンマ, \"\"引用\"\"も可\"\n" +
            "7.1,not_applicable,サーバなし\n" +
            "7.2,,\n");
        Assert.Equal(
            [AnswerStatus.Implemented, AnswerStatus.Partial, AnswerStatus.NotImplemented, AnswerStatus.NotApplicable, AnswerStatus.NotApplicable, AnswerStatus.Unanswered],
            answers.Select(a => a.Status));
        Assert.Equal("派遣社員を受け入れていない。\n複数行, カンマ, \"引用\"も可", answers[3].Justification);
    }

    [Fact]
    public void A_byte_order_mark_and_column_order_do_not_matter()
    {
        var answers = Parse("\uFEFFstatus,criterion\n実施済,2.1\n");
        Assert.Equal(("2.1", AnswerStatus.Implemented), (answers[0].CriterionId, answers[0].Status));
    }

    [Fact]
    public void Every_bad_line_is_reported_with_its_line_number()
    {
        var errors = Errors(
            "criterion,status,justification\n" +
            "2.1,implemented,\n" +   // line 2: fine
            "99.1,implemented,\n" +  // line 3: unknown criterion
            "2.2,done,\n" +          // line 4: unknown status
            "2.1,partial,\n" +       // line 5: duplicate
            "5.1,対象外,\n" +         // line 6: not applicable without justification
            "5.2,implemented\n");    // line 7: wrong field count
        Assert.Equal([3, 4, 5, 6, 7], errors.Select(e => e.Line));
        Assert.Contains("unknown criterion \"99.1\"", errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown status \"done\"", errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("first on line 2", errors[2].Reason, StringComparison.Ordinal);
        Assert.Contains("no justification", errors[3].Reason, StringComparison.Ordinal);
        Assert.Equal("answers.csv:3: unknown criterion \"99.1\" (catalog meti-scs@1 numbers criteria like 1.1, 59.1)", errors[0].ToString());
    }

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quoted_fields()
    {
        var errors = Errors("criterion,status,justification\n5.2,対象外,\"一行目\n二行目\"\n2.1,bad,\n");
        Assert.Equal(4, Assert.Single(errors).Line);
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("criterion,state\n", 1, "unknown column")]
    [InlineData("criterion,justification\n", 1, "missing column \"status\"")]
    [InlineData("criterion,status,status\n", 1, "appears twice")]
    [InlineData("criterion,status\n2.1,\"implemented\n", 2, "never closed")]
    [InlineData("criterion,status\n2.1,imple\"mented\n", 2, "quote inside an unquoted field")]
    [InlineData("criterion,status\n2.1,\"implemented\"x\n", 2, "after a closing quote")]
    public void Malformed_files_are_rejected_with_the_line(string text, int line, string reason)
    {
        Assert.Contains(Errors(text), e => e.Line == line && e.Reason.Contains(reason, StringComparison.Ordinal));
    }
}
