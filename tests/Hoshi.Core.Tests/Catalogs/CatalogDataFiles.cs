using System.Text.Json;

namespace Hoshi.Core.Tests.Catalogs;

/// <summary>
/// The files of src/Hoshi.Core/Catalogs/Data as written (copied to the test output by the test project), read as
/// plain JSON: these tests check the data itself, independently of the loader that turns it into a catalog.
/// </summary>
internal static class CatalogDataFiles
{
    public const string Revision = "meti-scs-2026-03-27.catalog.json";
    public const string Draft = "meti-scs-1.catalog.json";
    public const string DraftToRevision = "meti-scs-1--meti-scs-2026-03-27.crosswalk.json";

    /// <summary>The ★3 part of the revision, verbatim, with each criterion's workbook row (tests/TestData).</summary>
    public const string RevisionReference = "scs-2026-03-27-star3.json";

    public static JsonElement Read(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "CatalogData", fileName)));
        return document.RootElement.Clone();
    }

    /// <summary>Every criterion of a catalog file, in file order, with the requirement that holds it.</summary>
    public static IReadOnlyList<(JsonElement Requirement, JsonElement Criterion)> Criteria(JsonElement catalog) =>
        [.. catalog.GetProperty("requirements").EnumerateArray()
            .SelectMany(r => r.GetProperty("criteria").EnumerateArray().Select(c => (r, c)))];

    public static string Id(JsonElement element) => element.GetProperty("id").GetString()!;
}
