using System.CommandLine;
using Hoshi.Data.Commands;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Cli.Commands;

internal static class OrgCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "Organization name, e.g. 株式会社サンプル製作所", Required = true };
        var corporateNumber = new Option<string?>("--corporate-number") { Description = "法人番号 (13 digits, check digit verified)" };
        var create = new Command("create", "Create an organization; prints its id.") { name, corporateNumber };
        create.SetAction(async (result, cancellationToken) =>
        {
            await using var db = context.Database(result);
            var organization = await new OrganizationCommands(db, context.Clock)
                .CreateAsync(result.GetValue(name)!, result.GetValue(corporateNumber), context.Actor(result), cancellationToken);
            context.Out.WriteLine(organization.Id);
            return ExitCodes.Success;
        });

        var list = new Command("list", "List organizations: id, name, corporate number.");
        list.SetAction(async (result, cancellationToken) =>
        {
            await using var db = context.Database(result);
            foreach (var o in await db.Organizations.OrderBy(o => o.Name).ToListAsync(cancellationToken))
            {
                context.Out.WriteLine($"{o.Id}  {o.Name}  {o.CorporateNumber}".TrimEnd());
            }

            return ExitCodes.Success;
        });
        return new Command("org", "Organizations (the companies whose security is assessed).") { create, list };
    }
}
