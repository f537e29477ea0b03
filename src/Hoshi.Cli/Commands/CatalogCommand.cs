using System.CommandLine;
using System.Globalization;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Export;
using Hoshi.Data.Commands;

namespace Hoshi.Cli.Commands;

internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("catalog", "Browse and export the control catalog (要求事項).");
        command.Subcommands.Add(Versions(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Export(context));
        return command;
    }

    private static Command Versions(CliContext context)
    {
        var command = new Command("versions", "List the installed catalog versions.");
        command.SetAction(result =>
        {
            foreach (var c in context.Catalogs(result).Catalogs)
            {
                context.Out.WriteLine($"{c.Key,-16} {c.Published:yyyy-MM-dd}  {c.Requirements.Count} requirements, {c.Criteria.Count} criteria  {c.Title.Ja}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var catalogOption = CommonOptions.Catalog();
        var levelOption = new Option<int?>("--level") { Description = "Only requirements of this ★ level" };
        var language = CommonOptions.Language();
        var command = new Command("list", "List the requirements: number, ★ level, CSF category and title.") { catalogOption, levelOption, language };
        command.SetAction(result =>
        {
            var catalog = context.Catalog(result, result.GetValue(catalogOption));
            var level = result.GetValue(levelOption);
            var lang = result.GetValue(language)!;
            foreach (var r in catalog.Requirements.Where(r => level is null || r.Level == level))
            {
                context.Out.WriteLine($"{r.Id,3}  ★{r.Level}  {r.Subcategory.CsfCategory,-5}  {r.Criteria.Count,2}  {r.Title.In(lang)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var number = new Argument<string>("requirement") { Description = "Requirement number, e.g. 27" };
        var catalogOption = CommonOptions.Catalog();
        var language = CommonOptions.Language();
        var command = new Command("show", "Show one requirement with its criteria, sub-items and notes.") { number, catalogOption, language };
        command.SetAction(result =>
        {
            var catalog = context.Catalog(result, result.GetValue(catalogOption));
            var id = result.GetValue(number)!;
            var requirement = catalog.FindRequirement(id)
                ?? throw new CommandException($"requirement {id} is not in catalog {catalog.Key} (it has {catalog.Requirements[0].Id} to {catalog.Requirements[^1].Id})");
            var lang = result.GetValue(language)!;
            var o = context.Out;
            o.WriteLine($"{requirement.Id} ★{requirement.Level}  {requirement.Title.In(lang)}");
            o.WriteLine($"   {requirement.Category.Id} {requirement.Category.Title.In(lang)} [{requirement.Category.CsfFunction}] / {requirement.Subcategory.Id} {requirement.Subcategory.Title.In(lang)} [{requirement.Subcategory.CsfCategory}]");
            foreach (var criterion in requirement.Criteria)
            {
                o.WriteLine();
                o.WriteLine($"  {criterion.Id}  {Indent(criterion.Text.In(lang), 8)}");
                foreach (var part in criterion.Parts)
                {
                    var prefix = part.Kind == CriterionPartKind.Item ? "- " : "";
                    o.WriteLine($"        {prefix}{Indent(part.Text.In(lang), 10)}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var format = CommonOptions.Format("json", "json", "csv", "oscal");
        var outOption = new Option<string?>("--out") { Description = "File to write; standard output when omitted" };
        var catalogOption = CommonOptions.Catalog();
        var language = CommonOptions.Language();
        language.Description = "Language of an OSCAL export: ja (default) or en; json and csv always carry both";
        var command = new Command("export", "Export the catalog as Hoshi JSON, CSV (Excel-ready) or an OSCAL 1.2.1 catalog.") { format, outOption, catalogOption, language };
        command.SetAction(async (result, _) =>
        {
            var catalog = context.Catalog(result, result.GetValue(catalogOption));
            var path = result.GetValue(outOption);
            switch (result.GetValue(format))
            {
                case "csv":
                    await OutputFile.WriteAsync(path, context.Out, stream =>
                    {
                        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                        CatalogCsvWriter.Write(catalog, writer);
                        return Task.CompletedTask;
                    }, byteOrderMark: true);
                    break;
                case "oscal":
                    await OutputFile.WriteAsync(path, context.Out, stream =>
                    {
                        OscalCatalogWriter.Write(catalog, result.GetValue(language)!, stream);
                        return Task.CompletedTask;
                    });
                    break;
                default:
                    await OutputFile.WriteAsync(path, context.Out, stream =>
                    {
                        CatalogJsonWriter.Write(catalog, stream);
                        return Task.CompletedTask;
                    });
                    break;
            }

            if (!string.IsNullOrEmpty(path))
            {
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {catalog.Key} ({catalog.Requirements.Count} requirements) to {path}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Indent(string text, int spaces) => text.Replace("\n", "\n" + new string(' ', spaces), StringComparison.Ordinal);
}
