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
        var command = new Command("catalog", "Browse, export and import the control catalog (要求事項).");
        command.Subcommands.Add(Versions(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(CatalogImportCommand.Create(context));
        return command;
    }

    private static Command Versions(CliContext context)
    {
        var command = new Command("versions", "List the installed catalog versions.");
        command.SetAction(result =>
        {
            var catalogs = context.Catalogs(result).Catalogs;
            var width = Math.Max(16, catalogs.Max(c => c.Key.Length));
            foreach (var c in catalogs)
            {
                var missing = c.IncompleteLevels.Count == 0 ? "" : $" (★{string.Join(", ★", c.IncompleteLevels)} not installed)";
                context.Out.WriteLine($"{c.Key.PadRight(width)} {c.Published:yyyy-MM-dd}  {c.Requirements.Count} requirements, {c.Criteria.Count} criteria{missing}  {c.Title.Ja}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var catalogOption = CommonOptions.Catalog();
        var levelOption = new Option<int?>("--level") { Description = "Only requirements with criteria of this ★ level, counting those criteria" };
        var language = CommonOptions.Language();
        var command = new Command("list", "List the requirements: number, ★ levels of its criteria, CSF category, number of criteria and title.") { catalogOption, levelOption, language };
        command.SetAction(result =>
        {
            var catalog = context.Catalog(result, result.GetValue(catalogOption));
            var level = result.GetValue(levelOption);
            var lang = result.GetValue(language)!;
            var width = catalog.Requirements.Max(r => r.Id.Length);
            foreach (var r in catalog.Requirements)
            {
                var criteria = r.Criteria.Where(c => level is null || c.Level == level).ToList();
                if (criteria.Count > 0)
                {
                    var stars = "★" + string.Join("+", r.Criteria.Select(c => c.Level).Distinct().Order());
                    context.Out.WriteLine($"{r.Id.PadLeft(width)}  {stars,-4}  {r.Subcategory.CsfCategory,-5}  {criteria.Count,2}  {r.Title.In(lang).TrimEnd()}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var number = new Argument<string>("requirement") { Description = "Requirement number, e.g. 27 (catalog v1) or 4-1-3 (the 2026 revision)" };
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
            o.WriteLine($"{requirement.Id} ★{requirement.Level}  {requirement.Title.In(lang).TrimEnd()}");
            o.WriteLine($"   {requirement.Category.Id} {requirement.Category.Title.In(lang)} [{requirement.Category.CsfFunction}] / {requirement.Subcategory.Id} {requirement.Subcategory.Title.In(lang)} [{requirement.Subcategory.CsfCategory}]");
            var indent = new string(' ', requirement.Criteria.Max(c => c.Id.Length) + 10);
            foreach (var criterion in requirement.Criteria)
            {
                o.WriteLine();
                o.WriteLine($"  {criterion.Id}  ★{criterion.Level}  {Indent(criterion.Text.In(lang), indent.Length)}");
                if (criterion.OfficialText.IsMissingIn(lang))
                {
                    o.WriteLine($"{indent}(no English translation yet; the official Japanese is shown)");
                }

                foreach (var part in criterion.Parts)
                {
                    var prefix = part.Kind switch { CriterionPartKind.Item => "- ", CriterionPartKind.Statement => lang == "en" ? "• " : "・", _ => "" };
                    o.WriteLine($"{indent}{prefix}{Indent(part.Text.In(lang), indent.Length + 2)}");
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
