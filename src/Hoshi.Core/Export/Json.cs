using Hoshi.Core.Catalogs;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Hoshi.Core.Export;

/// <summary>Serializer settings for every JSON Hoshi writes: indented, Japanese as real characters.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // Enums as snake_case words; for AnswerStatus these are exactly its codes ("not_applicable").
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The same without indentation, for values stored in a row (audit snapshots).</summary>
    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };
}
