using System.Globalization;
using System.Text.Json;
using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Export;

/// <summary>
/// Writes a catalog in Hoshi's own catalog format, the one it was read from (format 1 or 2), which
/// <see cref="CatalogLoader"/> reads back into the same catalog: how an installed version is inspected or moved to
/// another server.
/// </summary>
public static class CatalogJsonWriter
{
    public static void Write(Catalog catalog, Stream output) => Write(Document(catalog), output);

    internal static void Write(CatalogDocument document, Stream output) => JsonSerializer.Serialize(output, document, Options);

    /// <summary>The file's shape of a catalog, which the loader builds the same catalog from.</summary>
    internal static CatalogDocument Document(Catalog catalog)
    {
        var format2 = catalog.Format == 2;
        return new CatalogDocument
        {
            Format = format2 ? CatalogLoader.Format2Name : CatalogLoader.FormatName,
            Id = catalog.Id,
            Version = catalog.Version,
            Published = catalog.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Title = Text(catalog.Title),
            Source = new SourceDocument
            {
                Publisher = catalog.Source.Publisher,
                Description = catalog.Source.Description,
                Url = catalog.Source.Url,
                File = catalog.Source.File,
                Sheet = catalog.Source.Sheet,
                Sha256 = catalog.Source.Sha256,
            },
            Levels = [.. catalog.Levels],
            IncompleteLevels = catalog.IncompleteLevels.Count == 0 ? null : [.. catalog.IncompleteLevels],
            Categories = catalog.Categories.Select(c => new CategoryDocument
            {
                Id = c.Id,
                Csf = c.CsfFunction,
                Title = Text(c.Title),
                Subcategories = c.Subcategories.Select(s => new SubcategoryDocument { Id = s.Id, Csf = s.CsfCategory, Title = Text(s.Title) }).ToList(),
            }).ToList(),
            Requirements = catalog.Requirements.Select(r => new RequirementDocument
            {
                Id = r.Id,
                Level = format2 ? null : r.Level,
                Subcategory = r.Subcategory.Id,
                Title = Text(r.Title),
                Criteria = r.Criteria.Select(c => format2 ? Format2(c) : Format1(c)).ToList(),
            }).ToList(),
        };
    }

    /// <summary>Absent members are left out rather than written as null, as in the hand-written catalog files.</summary>
    private static readonly JsonSerializerOptions Options = new(Json.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static CriterionDocument Format1(Criterion c) => new()
    {
        Id = c.Id,
        Text = Text(c.Text),
        Parts = c.Parts.Count == 0 ? null : c.Parts.Select(p => new PartDocument { Kind = p.Kind.ToString().ToLowerInvariant(), Text = Text(p.Text) }).ToList(),
    };

    /// <summary>Format 2 carries the official text whole; its parts are read from its lines again on loading.</summary>
    private static CriterionDocument Format2(Criterion c) => new() { Id = c.Id, Level = c.Level, Row = c.Row, Text = Text(c.OfficialText) };

    private static TextDocument Text(LocalizedText text) => new() { Ja = text.Ja, En = text.En };
}
