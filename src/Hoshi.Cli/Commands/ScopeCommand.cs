using System.CommandLine;
using Hoshi.Data.Commands;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Cli.Commands;

internal static class ScopeCommand
{
    public static Command Create(CliContext context)
    {
        var org = CommonOptions.Organization();
        var name = new Option<string>("--name") { Description = "Scope name, e.g. 本社・全拠点", Required = true };
        var description = new Option<string?>("--description") { Description = "Sites, departments or systems covered" };
        var create = new Command("create", "Create a scope (適用範囲); prints its id.") { org, name, description };
        create.SetAction(async (result, cancellationToken) =>
        {
            await using var db = context.Database(result);
            var scope = await new OrganizationCommands(db, context.Clock)
                .CreateScopeAsync(result.GetValue(org), result.GetValue(name)!, result.GetValue(description), context.Actor(result), cancellationToken);
            context.Out.WriteLine(scope.Id);
            return ExitCodes.Success;
        });

        var listOrg = CommonOptions.Organization();
        var list = new Command("list", "List an organization's scopes.") { listOrg };
        list.SetAction(async (result, cancellationToken) =>
        {
            var organizationId = result.GetValue(listOrg);
            await using var db = context.Database(result);
            foreach (var s in await db.Scopes.Where(s => s.OrganizationId == organizationId).OrderBy(s => s.Name).ToListAsync(cancellationToken))
            {
                context.Out.WriteLine($"{s.Id}  {s.Name}  {s.Description}".TrimEnd());
            }

            return ExitCodes.Success;
        });
        return new Command("scope", "Scopes (適用範囲) an assessment can cover.") { create, list };
    }
}
