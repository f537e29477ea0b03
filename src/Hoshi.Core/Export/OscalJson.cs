using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hoshi.Core.Export;

/// <summary>What Hoshi's OSCAL documents share: the version, Hoshi's prop namespace, and how props, arrays and times are written.</summary>
internal static class OscalJson
{
    public const string Version = "1.2.1";

    /// <summary>The namespace of Hoshi's own props, so they never collide with OSCAL's.</summary>
    public const string Namespace = "urn:hoshi:oscal";

    public static JsonObject Label(string value) => new() { ["name"] = "label", ["value"] = value };

    public static JsonObject Prop(string name, string value) => new() { ["name"] = name, ["ns"] = Namespace, ["value"] = value };

    public static JsonArray Array(params IEnumerable<JsonNode> nodes) => new([.. nodes]);

    /// <summary>An OSCAL date-time: UTC, to the second, with the zone written as Z.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static void Write(JsonObject document, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Json.Options.Encoder });
        document.WriteTo(writer);
    }
}
