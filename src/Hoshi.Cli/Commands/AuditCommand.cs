using System.CommandLine;
using Hoshi.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Cli.Commands;

internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var org = CommonOptions.Organization();
        var limit = new Option<int>("--limit") { Description = "Newest N events (default 50)", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "Show the newest audit events of an organization: when, who, what.") { org, limit };
        list.SetAction(async (result, cancellationToken) =>
        {
            var organizationId = result.GetValue(org);
            await using var db = context.Database(result);
            await db.RequireOrganizationAsync(organizationId, cancellationToken);
            var events = await db.AuditEvents
                .Where(e => e.OrganizationId == organizationId)
                .OrderByDescending(e => e.Id)
                .Take(Math.Clamp(result.GetValue(limit), 1, 10_000))
                .ToListAsync(cancellationToken);
            foreach (var e in events)
            {
                context.Out.WriteLine($"{e.At:yyyy-MM-dd'T'HH:mm:ss'Z'}  {e.Actor,-16} {e.Type,-20} {e.EntityType} {e.EntityId}");
            }

            return ExitCodes.Success;
        });
        return new Command("audit", "The append-only audit log.") { list };
    }
}
