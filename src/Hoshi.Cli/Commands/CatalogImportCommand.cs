using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Catalogs.Import;
using Hoshi.Core.Input;
using Hoshi.Data.Commands;
using Hoshi.Hosting;

namespace Hoshi.Cli.Commands;

/// <summary>
/// `hoshi catalog import-ipa FILE.xlsx --version V`: reads IPA's workbook and installs it into the data folder, either
/// completing the installed version V (its criteria of the levels V carries are identical) or as a new version
/// V-{first 8 hex digits of the SHA-256}, listing each difference. Nothing is installed when anything is wrong.
/// </summary>
internal static class CatalogImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("workbook") { Description = "IPA's workbook of requirements and criteria (.xlsx), e.g. 20260327001-c.xlsx" };
        var version = new Option<string>("--version")
        {
            Description = "The catalog version the workbook belongs to, e.g. 2026-03-27; an installed version it matches is completed with the workbook's other criteria",
            Required = true,
        };
        var published = new Option<string?>("--published") { Description = "Publication date (yyyy-MM-dd) of a new version; by default the date the version starts with" };
        var command = new Command("import-ipa", "Import IPA's workbook (sheet 「★3・★4要求事項・評価基準」): complete the installed version with its ★4 criteria, or install it as a new version.")
        {
            file, version, published,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new InvalidInputException([new InputError(path, 0, "file not found")]);
            }

            DateOnly? date = null;
            if (result.GetValue(published) is { } text)
            {
                date = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d : throw new UsageException($"--published {text}: expected a date as yyyy-MM-dd");
            }

            var bytes = File.ReadAllBytes(path);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var workbook = IpaWorkbookReader.Read(new MemoryStream(bytes), Path.GetFileName(path));
            var library = context.Catalogs(result);
            var plan = IpaImport.Plan(workbook, sha256, library, result.GetValue(version)!, date);

            var o = context.Out;
            o.WriteLine($"SHA-256 {sha256}");
            o.WriteLine(plan.IsPublishedWorkbook switch
            {
                true => "        the published workbook's",
                false => $"        not the published workbook's ({plan.PublishedSha256}): another or a later file",
                null => "        (the published workbook's SHA-256 is not known to the installed catalogs)",
            });
            if (plan.Differences.Count > 0)
            {
                o.WriteLine($"The workbook differs from {plan.Installed!.Key} in {plan.Differences.Count} places:");
                foreach (var difference in plan.Differences)
                {
                    o.WriteLine($"  {difference}");
                }
            }

            switch (plan.Outcome)
            {
                case IpaImportOutcome.AlreadyInstalled:
                    o.WriteLine($"{plan.Catalog.Key} already carries every criterion of this workbook; nothing was installed.");
                    break;
                case IpaImportOutcome.Completes:
                    o.WriteLine($"Completed {plan.Catalog.Key}: assessments on it stay valid. Written to {Install(context, result, library, plan.Catalog)}");
                    break;
                default:
                    o.WriteLine($"Installed as a new version {plan.Catalog.Key}{(plan.Installed is { } installed ? $"; assessments on {installed.Key} are unchanged" : "")}. Written to {Install(context, result, library, plan.Catalog)}");
                    break;
            }

            foreach (var count in plan.Counts)
            {
                var own = count.OfThisLevel == count.Criteria ? "" : $" ({count.OfThisLevel} of them ★{count.Level})";
                o.WriteLine($"★{count.Level}: {count.Requirements} requirements, {count.Criteria} criteria{own}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Checks that the library takes the catalog as the files will give it (a completion replaces the installed
    /// version), and only then writes it.
    /// </summary>
    private static string Install(CliContext context, ParseResult result, CatalogLibrary library, Catalog catalog)
    {
        var settings = context.Settings(result);
        var target = Path.Combine(settings.CatalogDirectory, CatalogFiles.FileName(catalog));
        if (File.Exists(target))
        {
            using var stream = File.OpenRead(target);
            var existing = CatalogLoader.Load(stream, target);
            if (existing.Key != catalog.Key)
            {
                throw new CommandException($"{target} holds catalog {existing.Key}, not {catalog.Key}; move it away first");
            }
        }

        library.AddOrComplete(catalog, target);
        return CatalogFiles.Install(settings, catalog);
    }
}
