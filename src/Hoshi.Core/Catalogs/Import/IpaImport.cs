using System.Globalization;
using Hoshi.Core.Input;

namespace Hoshi.Core.Catalogs.Import;

/// <summary>
/// Turns IPA's workbook into a format-2 catalog and decides where it goes. The categories, subcategories and their
/// CSF mapping come from the installed version (or the newest of the id); a requirement's subcategory is the first
/// two numbers of its No. Where the workbook's criteria of every level the installed version carries are
/// identical to it, the workbook completes that same version (assessments on it stay valid); where any differs, it
/// becomes a new version "{version}-{first 8 hex digits of its SHA-256}", and each difference is listed.
/// </summary>
public static class IpaImport
{
    public const string CatalogId = "meti-scs";

    /// <param name="sha256">The workbook file's SHA-256, lowercase hex.</param>
    /// <param name="published">The publication date of a new version; by default the date its version starts with.</param>
    public static IpaImportPlan Plan(IpaWorkbook workbook, string sha256, CatalogLibrary library, string version, DateOnly? published = null, string id = CatalogId)
    {
        var installed = library.Find(id, version);
        if (installed is { Format: 1 })
        {
            throw Refuse(workbook, $"catalog {installed.Key} is of format 1, numbered differently (the 2025 draft); import the workbook as another version");
        }

        var template = installed ?? library.Latest(id)
            ?? throw Refuse(workbook, $"no catalog {id} is installed to take the categories and their CSF mapping from");
        var publishedSha = template.Source.Sheet is not null ? template.Source.Sha256 : null;
        IpaImportPlan Plan(IpaImportOutcome outcome, Catalog catalog, IReadOnlyList<CatalogDifference> differences) =>
            new(outcome, catalog, installed, differences, sha256, publishedSha);

        if (installed is null)
        {
            return Plan(IpaImportOutcome.NewVersion, Build(workbook, sha256, template, id, version, published), []);
        }

        var candidate = Build(workbook, sha256, installed, id, version, installed.Published);
        var comparison = CatalogCompletion.Compare(installed, candidate);
        switch (comparison.Relation)
        {
            case CatalogRelation.Same:
                return Plan(IpaImportOutcome.AlreadyInstalled, installed, []);
            case CatalogRelation.Completes:
                return Plan(IpaImportOutcome.Completes, CatalogCompletion.Complete(installed, candidate, workbook.FileName), []);
        }

        var newVersion = $"{version}-{sha256[..8].ToLowerInvariant()}";
        var own = Build(workbook, sha256, installed, id, newVersion, published);
        if (library.Find(id, newVersion) is { } earlier)
        {
            var again = CatalogCompletion.Compare(earlier, own);
            return again.Relation switch
            {
                CatalogRelation.Same => Plan(IpaImportOutcome.AlreadyInstalled, earlier, comparison.Differences),
                CatalogRelation.Completes => Plan(IpaImportOutcome.Completes, CatalogCompletion.Complete(earlier, own, workbook.FileName), comparison.Differences),
                _ => throw Refuse(workbook, $"catalog {earlier.Key} is installed already and differs from this workbook ({again.Differences[0]})"),
            };
        }

        return Plan(IpaImportOutcome.NewVersion, own, comparison.Differences);
    }

    /// <summary>The workbook as a format-2 catalog id@version, its structure from <paramref name="template"/> and its English where the Japanese is the template's.</summary>
    private static Catalog Build(IpaWorkbook workbook, string sha256, Catalog template, string id, string version, DateOnly? published)
    {
        var date = published
            ?? (version.Length >= 10 && DateOnly.TryParseExact(version[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            ?? throw Refuse(workbook, $"version {version} does not start with its publication date (yyyy-MM-dd); give the date with --published");
        var completing = template.Key == $"{id}@{version}";
        var published256 = template.Source.Sheet is not null ? template.Source.Sha256 : null;
        var isPublished = string.Equals(published256, sha256, StringComparison.OrdinalIgnoreCase);
        var source = completing && isPublished
            ? template.Source
            : new CatalogSource(
                template.Source.Publisher,
                completing ? template.Source.Description : $"IPAのワークブック {workbook.FileName} から取り込んだ評価基準。 / Criteria imported from IPA's workbook {workbook.FileName}.",
                workbook.FileName, sha256, isPublished ? template.Source.Url : null, workbook.Sheet);
        var title = completing
            ? template.Title
            : new LocalizedText($"{template.Title.Ja}（IPAのワークブック {workbook.FileName} から取り込み）", $"{template.Title.In("en")} (imported from IPA's workbook {workbook.FileName})");

        var levels = template.Levels;
        var subcategories = template.Categories.SelectMany(c => c.Subcategories).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var errors = new List<InputError>();
        var requirements = new List<RequirementDocument>();
        foreach (var group in workbook.Rows.GroupBy(r => r.RequirementId))
        {
            var subcategory = string.Join('-', group.Key.Split('-')[..2]);
            if (!subcategories.ContainsKey(subcategory))
            {
                errors.Add(new InputError(workbook.Where, group.First().Row,
                    $"requirement {group.Key} belongs to subcategory {subcategory}, which catalog {template.Key} does not have ({string.Join(", ", subcategories.Keys)})",
                    workbook.Columns[IpaColumn.RequirementNo]));
            }

            requirements.Add(new RequirementDocument
            {
                Id = group.Key,
                Subcategory = subcategory,
                Title = new TextDocument { Ja = group.First().RequirementText },
                Criteria = [.. group.Select(r => new CriterionDocument { Id = r.CriterionId, Level = r.Level, Row = r.Row, Text = new TextDocument { Ja = r.CriterionText } })],
            });
        }

        errors.AddRange(workbook.Rows.Where(r => !levels.Contains(r.Level)).Select(r =>
            new InputError(workbook.Where, r.Row, $"★{r.Level} is not a level of catalog {template.Key} (★{string.Join(", ★", levels)})", workbook.Columns[IpaColumn.CriterionLevel])));
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var categoryNames = workbook.Rows.Where(r => r.Category is not null).GroupBy(r => r.RequirementId.Split('-')[0]).ToDictionary(g => g.Key, g => g.First().Category!);
        var document = new CatalogDocument
        {
            Format = CatalogLoader.Format2Name,
            Id = id,
            Version = version,
            Published = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Title = new TextDocument { Ja = title.Ja, En = title.En },
            Source = new SourceDocument { Publisher = source.Publisher, Description = source.Description, Url = source.Url, File = source.File, Sheet = source.Sheet, Sha256 = source.Sha256 },
            Levels = [.. levels],
            IncompleteLevels = levels.Where(l => workbook.Rows.All(r => r.Level != l)).ToList() is { Count: > 0 } missing ? missing : null,
            Categories = [.. template.Categories.Select(c => new CategoryDocument
            {
                Id = c.Id,
                Csf = c.CsfFunction,
                Title = new TextDocument { Ja = categoryNames.GetValueOrDefault(c.Id) ?? c.Title.Ja },
                Subcategories = [.. c.Subcategories.Select(s => new SubcategoryDocument { Id = s.Id, Csf = s.CsfCategory, Title = new TextDocument { Ja = s.Title.Ja } })],
            })],
            Requirements = requirements,
        };
        CatalogCompletion.WithEnglishOf(document, template);
        return CatalogLoader.Build(document, workbook.FileName);
    }

    private static InvalidInputException Refuse(IpaWorkbook workbook, string reason) => new([new InputError(workbook.FileName, 0, reason)]);
}
