using Hoshi.Core.Catalogs;
using Hoshi.Core.Csv;
using Hoshi.Core.Evaluation;

namespace Hoshi.Core.Input;

/// <summary>
/// The answers CSV: UTF-8 (with or without BOM), header <c>criterion,status,justification</c>.
/// The file is checked whole; every problem is reported with its line, and nothing is returned unless all
/// lines are valid. Criteria not listed stay unanswered.
/// </summary>
public static class AnswerFile
{
    private static readonly string[] Columns = ["criterion", "status", "justification"];

    public static IReadOnlyList<CriterionAnswer> Parse(TextReader reader, string fileName, Catalog catalog)
    {
        var errors = new List<InputError>();
        var answers = new List<CriterionAnswer>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var records = CsvReader.Read(reader).GetEnumerator();
            if (!records.MoveNext())
            {
                throw new InvalidInputException([new InputError(fileName, 1, $"the file is empty; expected the header {string.Join(',', Columns)}")]);
            }

            var header = ReadHeader(records.Current, fileName);
            while (records.MoveNext())
            {
                var record = records.Current;
                if (ReadLine(record, header, fileName, catalog, firstLineOf, errors) is { } answer)
                {
                    answers.Add(answer);
                }
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new InputError(fileName, e.Line, e.Reason));
        }

        return errors.Count == 0 ? answers : throw new InvalidInputException(errors);
    }

    private static Dictionary<string, int> ReadHeader(CsvRecord record, string fileName)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var name = record.Fields[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                errors.Add(new InputError(fileName, record.Line, $"unknown column \"{record.Fields[i]}\"; expected {string.Join(',', Columns)}"));
            }
            else if (!header.TryAdd(name, i))
            {
                errors.Add(new InputError(fileName, record.Line, $"column \"{name}\" appears twice"));
            }
        }

        foreach (var required in Columns[..2].Where(c => !header.ContainsKey(c)))
        {
            errors.Add(new InputError(fileName, record.Line, $"missing column \"{required}\"; expected {string.Join(',', Columns)}"));
        }

        return errors.Count == 0 ? header : throw new InvalidInputException(errors);
    }

    private static CriterionAnswer? ReadLine(
        CsvRecord record, Dictionary<string, int> header, string fileName, Catalog catalog,
        Dictionary<string, int> firstLineOf, List<InputError> errors)
    {
        var before = errors.Count;
        void Fail(string reason) => errors.Add(new InputError(fileName, record.Line, reason));

        if (record.Fields.Count != header.Count)
        {
            Fail($"expected {header.Count} fields as in the header, found {record.Fields.Count}");
            return null;
        }

        string Field(string column) => header.TryGetValue(column, out var i) ? record.Fields[i].Trim() : "";
        var criterion = Field("criterion");
        var statusText = Field("status");
        var justification = Field("justification");

        if (criterion.Length == 0)
        {
            Fail("the criterion is empty");
        }
        else if (catalog.FindCriterion(criterion) is null)
        {
            Fail($"unknown criterion \"{criterion}\" (catalog {catalog.Key} numbers criteria like {catalog.Criteria[0].Id}, {catalog.Criteria[^1].Id})");
        }
        else if (firstLineOf.TryGetValue(criterion, out var first))
        {
            Fail($"criterion {criterion} appears twice (first on line {first})");
        }
        else
        {
            firstLineOf[criterion] = record.Line;
        }

        if (!AnswerStatusNames.TryParse(statusText.Length == 0 ? "unanswered" : statusText, out var status))
        {
            Fail($"unknown status \"{statusText}\"; expected one of {AnswerStatusNames.Accepted}");
        }
        else if (status == AnswerStatus.NotApplicable && justification.Length == 0)
        {
            Fail($"criterion {criterion} is not applicable but has no justification; write why in the justification column");
        }

        return errors.Count == before ? new CriterionAnswer(criterion, status, justification.Length == 0 ? null : justification) : null;
    }
}
