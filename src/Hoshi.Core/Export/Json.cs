using Hoshi.Core.Catalogs;
using System.Text.Encodings.Web;
using System.Text.Json;
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
    };
}
