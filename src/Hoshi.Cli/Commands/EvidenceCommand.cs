using System.CommandLine;
using Hoshi.Data.Commands;
using Hoshi.Data.Evidence;
using Hoshi.Data.Queries;

namespace Hoshi.Cli.Commands;

internal static class EvidenceCommand
{
    public static Command Create(CliContext context)
    {
        var org = CommonOptions.Organization();
        var file = new Option<string>("--file") { Description = "The evidence file to store", Required = true };
        var description = new Option<string?>("--description") { Description = "What the file shows" };
        var expires = new Option<DateOnly?>("--expires") { Description = "Date the evidence stops being valid, yyyy-mm-dd" };
        var assessment = new Option<Guid?>("--assessment") { Description = "Assessment to link the evidence to (with --criteria)" };
        var criteria = new Option<string[]>("--criteria") { Description = "Criteria the file supports, e.g. 42.1,43.2", AllowMultipleArgumentsPerToken = true };
        var add = new Command("add", "Store an evidence file by its SHA-256 and optionally link it to criteria; prints its id and hash.")
        {
            org, file, description, expires, assessment, criteria,
        };
        add.SetAction(async (result, cancellationToken) =>
        {
            var organizationId = result.GetValue(org);
            var path = result.GetValue(file)!;
            var criterionIds = (result.GetValue(criteria) ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
            var assessmentId = result.GetValue(assessment);
            if (criterionIds.Count > 0 != assessmentId is not null)
            {
                throw new UsageException("--assessment and --criteria go together");
            }

            if (!File.Exists(path))
            {
                throw new CommandException($"{path}: file not found");
            }

            var settings = context.Settings(result);
            var catalogs = context.Catalogs(result);
            await using var db = context.Database(result);

            // Check every criterion before storing anything, so a typo leaves no half-linked evidence.
            if (assessmentId is { } id)
            {
                var stored = await db.RequireAssessmentAsync(organizationId, id, cancellationToken);
                var catalog = catalogs.CatalogOf(stored);
                var unknown = criterionIds.Where(c => catalog.FindCriterion(c) is null).ToList();
                if (unknown.Count > 0)
                {
                    throw new ValidationException("criteria", $"not criteria of catalog {catalog.Key}: {string.Join(", ", unknown)}");
                }
            }

            var commands = new EvidenceCommands(db, new EvidenceStore(settings.EvidenceDirectory, settings.MaxEvidenceBytes), catalogs, context.Clock);
            await using var content = File.OpenRead(path);
            var evidence = await commands.AddAsync(organizationId, content, new NewEvidence(Path.GetFileName(path), result.GetValue(description), result.GetValue(expires)), context.Actor(result), cancellationToken);
            foreach (var criterionId in criterionIds)
            {
                await commands.LinkAsync(organizationId, evidence.Id, assessmentId!.Value, criterionId, context.Actor(result), cancellationToken);
            }

            context.Out.WriteLine($"{evidence.Id}  sha256:{evidence.Sha256}  {evidence.Size} bytes{(criterionIds.Count > 0 ? "  linked to " + string.Join(", ", criterionIds) : "")}");
            return ExitCodes.Success;
        });
        return new Command("evidence", "Evidence files (証跡).") { add };
    }
}
