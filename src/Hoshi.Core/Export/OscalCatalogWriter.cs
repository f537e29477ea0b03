using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Export;

/// <summary>
/// Writes a catalog as an OSCAL 1.2.1 catalog: a group per category holding a group per subcategory, a
/// control per requirement (the lowest ★ of its criteria as a prop), and parts for criteria (each with its own ★
/// and, when known, its workbook row as props), sub-items, headings, notes, further statements and lines.
/// OSCAL carries one language per document, so the language is chosen at export; a text without an English
/// translation is written in Japanese, with a "language" prop saying so.
/// </summary>
public static class OscalCatalogWriter
{
    public const string OscalVersion = OscalJson.Version;

    /// <summary>The namespace of Hoshi's own props, so they never collide with OSCAL's.</summary>
    public const string Namespace = OscalJson.Namespace;

    public static void Write(Catalog catalog, string language, Stream output)
    {
        var document = new JsonObject
        {
            ["catalog"] = new JsonObject
            {
                ["uuid"] = DeterministicGuid.Create($"oscal-catalog:{catalog.Key}:{language}").ToString(),
                ["metadata"] = Metadata(catalog, language),
                ["groups"] = Array(catalog.Categories.Select(c => Group(c, language))),
            },
        };
        OscalJson.Write(document, output);
    }

    private static JsonObject Metadata(Catalog catalog, string language)
    {
        var published = OscalJson.Time(new DateTimeOffset(catalog.Published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        return new JsonObject
        {
            ["title"] = catalog.Title.In(language),
            ["published"] = published,
            ["last-modified"] = published,
            ["version"] = catalog.Version,
            ["oscal-version"] = OscalVersion,
            ["props"] = Array(
                Prop("catalog-id", catalog.Id),
                Prop("language", language),
                Prop("source-publisher", catalog.Source.Publisher)),
            ["remarks"] = catalog.Source.Description,
        };
    }

    private static JsonObject Group(CatalogCategory category, string language) => new()
    {
        ["id"] = $"cat-{category.Id}",
        ["class"] = "category",
        ["title"] = category.Title.In(language),
        ["props"] = Array(Label(category.Id), Prop("csf-function", category.CsfFunction)),
        ["groups"] = Array(category.Subcategories.Select(s => Subgroup(s, language))),
    };

    private static JsonObject Subgroup(CatalogSubcategory subcategory, string language)
    {
        var group = new JsonObject
        {
            ["id"] = $"sub-{subcategory.Id}",
            ["class"] = "subcategory",
            ["title"] = subcategory.Title.In(language),
            ["props"] = Array(Label(subcategory.Id), Prop("csf-category", subcategory.CsfCategory)),
        };

        // OSCAL allows no empty list: a subcategory without requirements (the revision has some) has no controls member.
        if (subcategory.Requirements.Count > 0)
        {
            group["controls"] = Array(subcategory.Requirements.Select(r => Control(r, language)));
        }

        return group;
    }

    private static JsonObject Control(Requirement requirement, string language) => new()
    {
        ["id"] = $"req-{requirement.Id}",
        ["class"] = "requirement",
        ["title"] = requirement.Title.In(language),
        ["props"] = Array(Label(requirement.Id), Prop("level", requirement.Level.ToString(CultureInfo.InvariantCulture))),
        ["parts"] = Array(new JsonObject
        {
            ["id"] = $"req-{requirement.Id}_smt",
            ["name"] = "statement",
            ["parts"] = Array(requirement.Criteria.Select(c => Criterion(c, language))),
        }),
    };

    private static JsonObject Criterion(Criterion criterion, string language)
    {
        var props = new List<JsonNode> { Label(criterion.Id), Prop("level", criterion.Level.ToString(CultureInfo.InvariantCulture)) };
        if (criterion.Row is { } row)
        {
            props.Add(Prop("workbook-row", row.ToString(CultureInfo.InvariantCulture)));
        }

        if (criterion.OfficialText.IsMissingIn(language))
        {
            props.Add(Prop("language", "ja"));
        }

        var part = new JsonObject
        {
            ["id"] = $"crit-{criterion.Id}",
            ["name"] = "item",
            ["class"] = "criterion",
            ["props"] = Array(props),
            ["prose"] = criterion.Text.In(language),
        };
        if (criterion.Parts.Count > 0)
        {
            part["parts"] = Array(criterion.Parts.Select((p, i) => SubPart(criterion, p, i, language)));
        }

        return part;
    }

    private static JsonObject SubPart(Criterion criterion, CriterionPart part, int index, string language)
    {
        var node = new JsonObject { ["id"] = $"crit-{criterion.Id}_{index + 1}" };
        switch (part.Kind)
        {
            case CriterionPartKind.Item:
                node["name"] = "item";
                break;
            case CriterionPartKind.Heading:
                node["name"] = "heading";
                node["ns"] = Namespace;
                break;
            case CriterionPartKind.Note:
                node["name"] = "note";
                node["ns"] = Namespace;
                break;
            case CriterionPartKind.Statement:
                node["name"] = "statement";
                node["ns"] = Namespace;
                break;
            default:
                node["name"] = "line";
                node["ns"] = Namespace;
                break;
        }

        node["prose"] = part.Text.In(language);
        return node;
    }

    private static JsonObject Label(string value) => OscalJson.Label(value);

    private static JsonObject Prop(string name, string value) => OscalJson.Prop(name, value);

    private static JsonArray Array(params IEnumerable<JsonNode> nodes) => OscalJson.Array(nodes);
}
