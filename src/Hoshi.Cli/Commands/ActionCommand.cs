using System.CommandLine;
using Hoshi.Data.Commands;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Cli.Commands;

internal static class ActionCommand
{
    public static Command Create(CliContext context)
    {
        var org = CommonOptions.Organization();
        var assessment = CommonOptions.Assessment();
        var criterion = new Option<string>("--criterion") { Description = "Criterion the action closes, e.g. 27.2", Required = true };
        var title = new Option<string>("--title") { Description = "What will be done", Required = true };
        var owner = new Option<string>("--owner") { Description = "Who does it", Required = true };
        var due = new Option<DateOnly>("--due") { Description = "Due date, yyyy-mm-dd", Required = true };
        var add = new Command("add", "Plan a remediation action for a gap; prints its id.") { org, assessment, criterion, title, owner, due };
        add.SetAction(async (result, cancellationToken) =>
        {
            await using var db = context.Database(result);
            var action = await new RemediationCommands(db, context.Catalogs(result), context.Clock).CreateAsync(
                result.GetValue(org), result.GetValue(assessment),
                new NewRemediation(result.GetValue(criterion)!, result.GetValue(title)!, result.GetValue(owner)!, result.GetValue(due)),
                context.Actor(result), cancellationToken);
            context.Out.WriteLine(action.Id);
            return ExitCodes.Success;
        });

        var listOrg = CommonOptions.Organization();
        var listAssessment = CommonOptions.Assessment();
        var list = new Command("list", "List an assessment's remediation actions; overdue ones are marked.") { listOrg, listAssessment };
        list.SetAction(async (result, cancellationToken) =>
        {
            var organizationId = result.GetValue(listOrg);
            var assessmentId = result.GetValue(listAssessment);
            await using var db = context.Database(result);
            await db.RequireAssessmentAsync(organizationId, assessmentId, cancellationToken);
            var today = DateOnly.FromDateTime(context.Clock.GetLocalNow().DateTime);
            var actions = await db.RemediationActions
                .Where(r => r.OrganizationId == organizationId && r.AssessmentId == assessmentId)
                .OrderBy(r => r.DueDate)
                .ToListAsync(cancellationToken);
            foreach (var r in actions)
            {
                var overdue = r.IsOverdueOn(today) ? " 期限超過/OVERDUE" : "";
                context.Out.WriteLine($"{r.Id}  {r.CriterionId,-6} {r.DueDate:yyyy-MM-dd}  {r.Status,-10} {r.Owner}  {r.Title}{overdue}");
            }

            return ExitCodes.Success;
        });
        return new Command("action", "Remediation actions (是正計画) for gaps.") { add, list };
    }
}
