using System.Text.Json.Serialization;

namespace Hoshi.Core.Catalogs;

// The on-disk shape of a catalog file (docs/catalog-format.md), both formats: the loader refuses the members
// that do not belong to the format a file declares. Kept apart from the domain model so that the file format
// can be validated field by field with precise JSON paths before anything is built.
internal sealed class CatalogDocument
{
    [JsonPropertyName("format")] public string? Format { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("published")] public string? Published { get; set; }
    [JsonPropertyName("title")] public TextDocument? Title { get; set; }
    [JsonPropertyName("source")] public SourceDocument? Source { get; set; }
    [JsonPropertyName("levels")] public List<int>? Levels { get; set; }
    [JsonPropertyName("incompleteLevels")] public List<int>? IncompleteLevels { get; set; }
    [JsonPropertyName("categories")] public List<CategoryDocument>? Categories { get; set; }
    [JsonPropertyName("requirements")] public List<RequirementDocument>? Requirements { get; set; }
}

internal sealed class TextDocument
{
    [JsonPropertyName("ja")] public string? Ja { get; set; }
    [JsonPropertyName("en")] public string? En { get; set; }
}

internal sealed class SourceDocument
{
    [JsonPropertyName("publisher")] public string? Publisher { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("file")] public string? File { get; set; }
    [JsonPropertyName("sheet")] public string? Sheet { get; set; }
    [JsonPropertyName("sha256")] public string? Sha256 { get; set; }
}

internal sealed class CategoryDocument
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("csf")] public string? Csf { get; set; }
    [JsonPropertyName("title")] public TextDocument? Title { get; set; }
    [JsonPropertyName("subcategories")] public List<SubcategoryDocument>? Subcategories { get; set; }
}

internal sealed class SubcategoryDocument
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("csf")] public string? Csf { get; set; }
    [JsonPropertyName("title")] public TextDocument? Title { get; set; }
}

internal sealed class RequirementDocument
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("level")] public int? Level { get; set; }
    [JsonPropertyName("subcategory")] public string? Subcategory { get; set; }
    [JsonPropertyName("title")] public TextDocument? Title { get; set; }
    [JsonPropertyName("criteria")] public List<CriterionDocument>? Criteria { get; set; }
}

internal sealed class CriterionDocument
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("level")] public int? Level { get; set; }
    [JsonPropertyName("row")] public int? Row { get; set; }
    [JsonPropertyName("text")] public TextDocument? Text { get; set; }
    [JsonPropertyName("parts")] public List<PartDocument>? Parts { get; set; }
}

internal sealed class PartDocument
{
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("text")] public TextDocument? Text { get; set; }
}
