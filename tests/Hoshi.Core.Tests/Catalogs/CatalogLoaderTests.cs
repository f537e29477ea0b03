using System.Text;
using System.Text.Json.Nodes;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Export;

namespace Hoshi.Core.Tests.Catalogs;

public sealed class CatalogLoaderTests
{
    private static JsonObject BuiltInAsJson()
    {
        using var stream = new MemoryStream();
        CatalogJsonWriter.Write(TestFiles.Catalog, stream);
        return JsonNode.Parse(stream.ToArray())!.AsObject();
    }

    private static Core.Catalogs.Catalog Load(string json) =>
        CatalogLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.catalog.json");

    private static CatalogFormatException Reject(string json) =>
        Assert.Throws<CatalogFormatException>(() => Load(json));

    [Fact]
    public void Written_catalog_loads_back_identically()
    {
        var again = Load(BuiltInAsJson().ToJsonString());
        Assert.Equal(TestFiles.Catalog.Key, again.Key);
        Assert.Equal(
            TestFiles.Catalog.Criteria.Select(c => (c.Id, c.Text, c.Level, string.Join("|", c.Parts))),
            again.Criteria.Select(c => (c.Id, c.Text, c.Level, string.Join("|", c.Parts))));
    }

    [Fact]
    public void A_second_version_is_added_by_a_file_alone()
    {
        var json = BuiltInAsJson();
        json["version"] = "2";
        json["published"] = "2027-01-01"; // newer than every built-in version
        var library = CatalogLibrary.BuiltIn();
        library.Add(Load(json.ToJsonString()));

        Assert.Equal("2", library.Resolve("meti-scs")!.Version);
        Assert.Equal("1", library.Resolve("meti-scs@1")!.Version);
        Assert.Null(library.Resolve("meti-scs@9"));
    }

    [Fact]
    public void Syntax_error_names_the_file_path_and_line()
    {
        var e = Reject("{\n  \"format\": \"hoshi-catalog/1\",\n  \"id\": \"x\"\n  \"version\": \"1\"\n}");
        Assert.Equal("test.catalog.json", e.SourceName);
        Assert.Contains("line 4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_names_the_json_path()
    {
        var json = BuiltInAsJson();
        json["requirements"]![3]!["level"] = "four";
        var e = Reject(json.ToJsonString());
        Assert.Equal("$.requirements[3].level", e.JsonPath);
    }

    [Fact]
    public void Unknown_member_is_rejected()
    {
        var json = BuiltInAsJson();
        json["requirements"]![0]!["titel"] = "typo";
        var e = Reject(json.ToJsonString());
        Assert.Contains("titel", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.requirements[2].level", "level", 5)]
    [InlineData("$.requirements[2].subcategory", "subcategory", "9-9")]
    [InlineData("$.requirements[2].id", "id", "1")]
    public void Invalid_requirement_field_is_named(string path, string field, object value)
    {
        var json = BuiltInAsJson();
        json["requirements"]![2]![field] = JsonValue.Create(value);
        Assert.Equal(path, Reject(json.ToJsonString()).JsonPath);
    }

    [Fact]
    public void Duplicate_criterion_id_is_rejected()
    {
        var json = BuiltInAsJson();
        json["requirements"]![0]!["criteria"]![1]!["id"] = "1.1";
        var e = Reject(json.ToJsonString());
        Assert.Equal("$.requirements[0].criteria[1].id", e.JsonPath);
        Assert.Contains("duplicate", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_translation_is_rejected()
    {
        var json = BuiltInAsJson();
        json["requirements"]![5]!["criteria"]![0]!["text"]!["en"] = "";
        Assert.Equal("$.requirements[5].criteria[0].text.en", Reject(json.ToJsonString()).JsonPath);
    }

    [Fact]
    public void Wrong_format_and_bad_date_are_rejected()
    {
        var json = BuiltInAsJson();
        json["format"] = "something-else";
        Assert.Equal("$.format", Reject(json.ToJsonString()).JsonPath);

        json = BuiltInAsJson();
        json["published"] = "27/03/2026";
        Assert.Equal("$.published", Reject(json.ToJsonString()).JsonPath);
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        Assert.Equal("$", Reject("").JsonPath);
        Assert.Equal("$", Reject("null").JsonPath);
    }
}
