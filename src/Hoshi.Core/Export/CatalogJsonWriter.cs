using System.Globalization;
using System.Text.Json;
using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Export;

/// <summary>Writes a catalog in Hoshi's own catalog format, the same format <see cref="CatalogLoader"/> reads.</summary>
public static class CatalogJsonWriter
{
    public static void Write(Catalog catalog, Stream output)
    {
        var document = new CatalogDocument
        {
            Format = CatalogLoader.FormatName,
            Id = catalog.Id,
            Version = catalog.Version,
            Published = catalog.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Title = Text(catalog.Title),
            Source = new SourceDocument
            {
                Publisher = catalog.Source.Publisher,
                Description = catalog.Source.Description,
                File = catalog.Source.File,
                Sha256 = catalog.Source.Sha256,
            },
            Levels = [.. catalog.Levels],
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
                Level = r.Level,
                Subcategory = r.Subcategory.Id,
                Title = Text(r.Title),
                Criteria = r.Criteria.Select(c => new CriterionDocument
                {
                    Id = c.Id,
                    Text = Text(c.Text),
                    Parts = c.Parts.Count == 0 ? null : c.Parts.Select(p => new PartDocument { Kind = p.Kind.ToString().ToLowerInvariant(), Text = Text(p.Text) }).ToList(),
                }).ToList(),
            }).ToList(),
        };
        JsonSerializer.Serialize(output, document, Options);
    }

    /// <summary>Absent parts are left out rather than written as null, as in the hand-written catalog files.</summary>
    private static readonly JsonSerializerOptions Options = new(Json.Options) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static TextDocument Text(LocalizedText text) => new() { Ja = text.Ja, En = text.En };
}
