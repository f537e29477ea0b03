using System.CommandLine;
using Hoshi.Core.Export;
using Hoshi.Data.Commands;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Cli.Commands;

internal static class AssessmentCommand
{
    public static Command Create(CliContext context) =>
        new("assessment", "Self-assessments: create, list, show the evaluation, archive.")
        {
            CreateCommand(context), ListCommand(context), ShowCommand(context), ExportCommand(context), ArchiveCommand(context),
        };

    private static Command CreateCommand(CliContext context)
    {
        var org = CommonOptions.Organization();
        var level = CommonOptions.Level(required: true);
        var title = new Option<string?>("--title") { Description = "Title. Default: ★<level> 自己評価 <year>" };
        var scope = new Option<Guid?>("--scope") { Description = "Scope id (from 'hoshi scope list')" };
        var catalog = CommonOptions.Catalog();
        var start = new Option<DateOnly?>("--period-start") { Description = "First day of the period, yyyy-mm-dd" };
        var end = new Option<DateOnly?>("--period-end") { Description = "Last day of the period, yyyy-mm-dd" };
        var owner = new Option<string?>("--owner") { Description = "Person responsible" };
        var command = new Command("create", "Create an assessment pinned to a catalog version; prints its id.") { org, level, title, scope, catalog, start, end, owner };
        command.SetAction(async (result, cancellationToken) =>
        {
            var target = result.GetValue(level);
            var request = new NewAssessment(
                result.GetValue(title) ?? $"★{target} 自己評価 {context.Clock.GetLocalNow().Year}",
                target, result.GetValue(catalog), result.GetValue(scope), result.GetValue(start), result.GetValue(end), result.GetValue(owner));
            await using var db = context.Database(result);
            var assessment = await new AssessmentCommands(db, context.Catalogs(result), context.Clock)
                .CreateAsync(result.GetValue(org), request, context.Actor(result), cancellationToken);
            context.Out.WriteLine(assessment.Id);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ListCommand(CliContext context)
    {
        var org = CommonOptions.Organization();
        var command = new Command("list", "List an organization's assessments.") { org };
        command.SetAction(async (result, cancellationToken) =>
        {
            var organizationId = result.GetValue(org);
            await using var db = context.Database(result);
            await db.RequireOrganizationAsync(organizationId, cancellationToken);
            var assessments = await db.Assessments.Where(a => a.OrganizationId == organizationId).OrderByDescending(a => a.CreatedAt).ToListAsync(cancellationToken);
            foreach (var a in assessments)
            {
                context.Out.WriteLine($"{a.Id}  ★{a.TargetLevel}  {a.CatalogId}@{a.CatalogVersion}  {a.Status,-10}  {a.Title}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ShowCommand(CliContext context)
    {
        var org = CommonOptions.Organization();
        var assessment = CommonOptions.Assessment();
        var format = CommonOptions.Format("text", "text", "json");
        var language = CommonOptions.Language();
        var command = new Command("show", "Evaluate a stored assessment: ★ reached, counts, gaps, progress.") { org, assessment, format, language };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var db = context.Database(result);
            var stored = await db.RequireAssessmentAsync(result.GetValue(org), result.GetValue(assessment), cancellationToken);
            var catalogs = context.Catalogs(result);
            var evaluation = await db.EvaluateAsync(catalogs, stored.OrganizationId, stored.Id, cancellationToken: cancellationToken);
            if (result.GetValue(format) == "text")
            {
                context.Out.WriteLine($"{stored.Title}  ({stored.Id})");
            }

            Report.Write(context, evaluation, catalogs.CatalogOf(stored), result.GetValue(format)!, result.GetValue(language)!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ExportCommand(CliContext context)
    {
        var org = CommonOptions.Organization();
        var assessment = CommonOptions.Assessment();
        var format = CommonOptions.Format("oscal-results", "oscal-results");
        var output = CommonOptions.Out();
        var language = CommonOptions.Language();
        var command = new Command("export", "Export a stored assessment as OSCAL 1.2.1 assessment results.") { org, assessment, format, output, language };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var db = context.Database(result);
            var record = await db.LoadRecordAsync(context.Catalogs(result), result.GetValue(org), result.GetValue(assessment), cancellationToken);
            await OutputFile.WriteAsync(result.GetValue(output), context.Out, stream =>
            {
                OscalAssessmentResultsWriter.Write(record, result.GetValue(language)!, stream);
                return Task.CompletedTask;
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ArchiveCommand(CliContext context)
    {
        var org = CommonOptions.Organization();
        var assessment = CommonOptions.Assessment();
        var command = new Command("archive", "Archive an assessment; its answers can no longer change.") { org, assessment };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var db = context.Database(result);
            await new AssessmentCommands(db, context.Catalogs(result), context.Clock)
                .ArchiveAsync(result.GetValue(org), result.GetValue(assessment), context.Actor(result), cancellationToken);
            context.Out.WriteLine("archived");
            return ExitCodes.Success;
        });
        return command;
    }
}
