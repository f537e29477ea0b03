using System.CommandLine;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Input;
using Hoshi.Data.Commands;
using Hoshi.Data.Queries;

namespace Hoshi.Cli.Commands;

internal static class AnswerCommand
{
    public static Command Create(CliContext context) =>
        new("answer", "Answers of a stored assessment.") { SetCommand(context), ImportCommand(context) };

    private static Command SetCommand(CliContext context)
    {
        var org = CommonOptions.Organization();
        var assessment = CommonOptions.Assessment();
        var criterion = new Option<string>("--criterion") { Description = "Criterion id, e.g. 27.4", Required = true };
        var status = new Option<string>("--status") { Description = $"One of: {AnswerStatusNames.Accepted}", Required = true };
        var justification = new Option<string?>("--justification") { Description = "Why; required for not_applicable" };
        var note = new Option<string?>("--note") { Description = "Free note" };
        var owner = new Option<string?>("--owner") { Description = "Person responsible for this criterion" };
        var expected = new Option<int?>("--expected-version") { Description = "Refuse the change if the answer is no longer at this version (0: not yet answered)" };
        var command = new Command("set", "Set the answer to one criterion.") { org, assessment, criterion, status, justification, note, owner, expected };
        command.SetAction(async (result, cancellationToken) =>
        {
            var statusText = result.GetValue(status)!;
            if (!AnswerStatusNames.TryParse(statusText, out var parsed))
            {
                throw new UsageException($"--status: unknown status \"{statusText}\"; expected one of {AnswerStatusNames.Accepted}");
            }

            await using var db = context.Database(result);
            var answer = await new AnswerCommands(db, context.Catalogs(result), context.Clock).SetAsync(
                result.GetValue(org), result.GetValue(assessment),
                new AnswerChange(result.GetValue(criterion)!, parsed, result.GetValue(justification), result.GetValue(note), result.GetValue(owner), result.GetValue(expected)),
                context.Actor(result), cancellationToken);
            context.Out.WriteLine($"{answer.CriterionId} {answer.Status.Code()} (version {answer.Version})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ImportCommand(CliContext context)
    {
        var org = CommonOptions.Organization();
        var assessment = CommonOptions.Assessment();
        var file = new Option<string>("--file") { Description = "Answers CSV (same format as 'hoshi evaluate --answers')", Required = true };
        var command = new Command("import", "Import answers from a CSV file: checked whole, written all or nothing.") { org, assessment, file };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var db = context.Database(result);
            var stored = await db.RequireAssessmentAsync(result.GetValue(org), result.GetValue(assessment), cancellationToken);
            var catalog = context.Catalogs(result).CatalogOf(stored);
            var path = result.GetValue(file)!;
            var answers = AnswerFile.Parse(new StringReader(InputFile.ReadUtf8(path)), path, catalog);
            var changed = await new AnswerCommands(db, context.Catalogs(result), context.Clock).ImportAsync(
                stored.OrganizationId, stored.Id,
                answers.Select(a => new AnswerChange(a.CriterionId, a.Status, a.Justification)).ToList(),
                context.Actor(result), cancellationToken);
            context.Out.WriteLine($"{answers.Count} answers read, {changed} changed");
            return ExitCodes.Success;
        });
        return command;
    }
}
