using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hoshi.Core.Csv;

namespace Hoshi.Core.Tests.Csv;

public sealed class CsvFormulaGuardTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'=1+2", "''=1+2")]
    [InlineData("''", "'''")]
    [InlineData("'0123", "'0123")]
    [InlineData("'", "'")]
    [InlineData("", "")]
    [InlineData("株式会社=A", "株式会社=A")]
    public void A_value_a_spreadsheet_would_evaluate_is_written_after_a_quote(string value, string written)
    {
        Assert.Equal(written, CsvFormulaGuard.Protect(value));
        Assert.Equal(value, CsvFormulaGuard.Unprotect(written));
    }

    private static readonly char[] Alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', '\'', '"', ',', ' ', 'a', '1', '株'];

    [Property(MaxTest = 300)]
    public Property Any_record_written_reads_back_as_it_was() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Alphabet).ArrayOf().Select(c => new string(c))).Where(f => f.Length >= 2).ToArbitrary(),
            fields =>
            {
                using var text = new StringWriter();
                new CsvWriter(text).WriteRecord(fields);
                var read = CsvReader.Read(new StringReader(text.ToString())).Single().Fields;
                return read.SequenceEqual(fields).Label($"{string.Join("|", fields)} => {string.Join("|", read)}");
            });
}
