using System.Text.Json;
using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Crosswalks;

/// <summary>
/// Reads a crosswalk file (format "hoshi-crosswalk/1", docs/catalog-format.md) and checks its shape; its ids are
/// checked against the catalogs by <see cref="Crosswalk.CheckIds"/>. Any problem is a
/// <see cref="CatalogFormatException"/> naming the file, the JSON path and the reason.
/// </summary>
public static class CrosswalkLoader
{
    public const string FormatName = "hoshi-crosswalk/1";

    private static readonly string[] Members = ["format", "from", "to", "note", "map", "new"];

    public static Crosswalk Load(Stream stream, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new CatalogFormatException(sourceName, e.Path ?? "$", e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd() + where, e);
        }

        using (document)
        {
            return Read(document.RootElement, sourceName);
        }
    }

    private static Crosswalk Read(JsonElement root, string sourceName)
    {
        CatalogFormatException Error(string path, string reason) => new(sourceName, path, reason);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error("$", "expected a crosswalk object");
        }

        foreach (var member in root.EnumerateObject().Where(m => !Members.Contains(m.Name)))
        {
            throw Error($"$.{member.Name}", $"unknown member; a crosswalk has {string.Join(", ", Members)}");
        }

        string Text(JsonElement parent, string name, string path) =>
            parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                ? text
                : throw Error(path, "expected a non-empty string");

        if (Text(root, "format", "$.format") != FormatName)
        {
            throw Error("$.format", $"expected \"{FormatName}\", found \"{root.GetProperty("format").GetString()}\"");
        }

        var from = Key(Text(root, "from", "$.from"), "$.from", Error);
        var to = Key(Text(root, "to", "$.to"), "$.to", Error);
        LocalizedText? note = null;
        if (root.TryGetProperty("note", out var noteElement))
        {
            if (noteElement.ValueKind != JsonValueKind.Object || noteElement.EnumerateObject().Any(m => m.Name is not ("ja" or "en")))
            {
                throw Error("$.note", "expected { \"ja\": …, \"en\": … }");
            }

            note = new LocalizedText(Text(noteElement, "ja", "$.note.ja"), Text(noteElement, "en", "$.note.en"));
        }

        if (!root.TryGetProperty("map", out var mapElement) || mapElement.ValueKind != JsonValueKind.Object)
        {
            throw Error("$.map", "expected an object of source criterion ids, each with a list of target criterion ids");
        }

        var map = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var entry in mapElement.EnumerateObject())
        {
            map.Add(new(entry.Name, Ids(entry.Value, $"$.map[\"{entry.Name}\"]", Error)));
        }

        var @new = root.TryGetProperty("new", out var newElement) ? Ids(newElement, "$.new", Error) : [];
        return new Crosswalk(sourceName, from, to, note, map, @new);
    }

    private static string Key(string key, string path, Func<string, string, CatalogFormatException> error)
    {
        var at = key.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < key.Length - 1 ? key : throw error(path, $"expected a catalog as id@version, found \"{key}\"");
    }

    /// <summary>A list of distinct criterion ids.</summary>
    private static List<string> Ids(JsonElement list, string path, Func<string, string, CatalogFormatException> error)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw error(path, "expected a list of criterion ids");
        }

        var ids = new List<string>();
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var id = item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text ? text : throw error($"{path}[{i}]", "expected a criterion id");
            if (ids.Contains(id))
            {
                throw error($"{path}[{i}]", $"{id} is listed twice");
            }

            ids.Add(id);
            i++;
        }

        return ids;
    }
}
