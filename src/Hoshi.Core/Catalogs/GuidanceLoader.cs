using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hoshi.Core.Catalogs;

/// <summary>Reads a guidance file (format "hoshi-guidance/1"), which explains one catalog version.</summary>
public static class GuidanceLoader
{
    public const string FormatName = "hoshi-guidance/1";

    private static readonly JsonSerializerOptions Options = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static (string CatalogKey, IReadOnlyDictionary<string, RequirementGuidance> Requirements) Load(Stream stream, string sourceName)
    {
        GuidanceDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<GuidanceDocument>(stream, Options);
        }
        catch (JsonException e)
        {
            throw new CatalogFormatException(sourceName, e.Path ?? "$", e.Message, e);
        }

        if (document?.Format != FormatName || document.Catalog is null || document.CatalogVersion is null || document.Requirements is null)
        {
            throw new CatalogFormatException(sourceName, "$", $"expected a {FormatName} document with catalog, catalogVersion and requirements");
        }

        var requirements = new Dictionary<string, RequirementGuidance>(StringComparer.Ordinal);
        foreach (var (id, entry) in document.Requirements)
        {
            var path = $"$.requirements.{id}";
            requirements[id] = new RequirementGuidance(
                Text(entry.Summary, path + ".summary", sourceName),
                (entry.Evidence ?? []).Select((e, i) => Text(e, $"{path}.evidence[{i}]", sourceName)).ToList());
        }

        return ($"{document.Catalog}@{document.CatalogVersion}", requirements);
    }

    private static LocalizedText Text(TextDocument? text, string path, string sourceName) =>
        text is { Ja: { Length: > 0 } ja, En: { Length: > 0 } en }
            ? new LocalizedText(ja, en)
            : throw new CatalogFormatException(sourceName, path, "needs both ja and en");

    private sealed class GuidanceDocument
    {
        [JsonPropertyName("format")] public string? Format { get; set; }
        [JsonPropertyName("catalog")] public string? Catalog { get; set; }
        [JsonPropertyName("catalogVersion")] public string? CatalogVersion { get; set; }
        [JsonPropertyName("notice")] public TextDocument? Notice { get; set; }
        [JsonPropertyName("requirements")] public Dictionary<string, GuidanceEntry>? Requirements { get; set; }
    }

    private sealed class GuidanceEntry
    {
        [JsonPropertyName("summary")] public TextDocument? Summary { get; set; }
        [JsonPropertyName("evidence")] public List<TextDocument>? Evidence { get; set; }
    }
}
