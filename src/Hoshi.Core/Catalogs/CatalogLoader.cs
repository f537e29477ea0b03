using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Hoshi.Core.Catalogs;

/// <summary>
/// Reads a catalog file (format "hoshi-catalog/1", see docs/catalog-format.md) and checks it whole.
/// Any problem is a <see cref="CatalogFormatException"/> naming the file, the JSON path and the reason.
/// </summary>
public static partial class CatalogLoader
{
    public const string FormatName = "hoshi-catalog/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static readonly HashSet<string> CsfFunctions = ["GV", "ID", "PR", "DE", "RS", "RC"];

    public static Catalog Load(Stream stream, string sourceName)
    {
        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogDocument>(stream, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new CatalogFormatException(sourceName, e.Path ?? "$", FirstSentence(e.Message) + where, e);
        }

        if (document is null)
        {
            throw new CatalogFormatException(sourceName, "$", "the file holds no catalog object");
        }

        return Build(document, new Problems(sourceName));
    }

    private static Catalog Build(CatalogDocument d, Problems p)
    {
        if (d.Format != FormatName)
        {
            p.Fail("$.format", $"expected \"{FormatName}\", found {Quote(d.Format)}");
        }

        var id = p.Token(d.Id, "$.id");
        var version = p.Token(d.Version, "$.version");
        if (!DateOnly.TryParseExact(d.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            p.Fail("$.published", $"expected a date as yyyy-MM-dd, found {Quote(d.Published)}");
        }

        var title = p.Text(d.Title, "$.title");
        var source = d.Source ?? throw p.Error("$.source", "missing");
        var catalogSource = new CatalogSource(
            p.Required(source.Publisher, "$.source.publisher"),
            p.Required(source.Description, "$.source.description"),
            source.File,
            source.Sha256);

        var levels = d.Levels ?? throw p.Error("$.levels", "missing");
        if (levels.Count == 0 || levels.Any(l => l is < 1 or > 5) || !levels.SequenceEqual(levels.Order().Distinct()))
        {
            p.Fail("$.levels", "expected distinct ★ levels between 1 and 5 in ascending order");
        }

        var categories = BuildCategories(d.Categories ?? throw p.Error("$.categories", "missing"), p);
        var subcategories = categories.SelectMany(c => c.Subcategories).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var requirements = BuildRequirements(d.Requirements ?? throw p.Error("$.requirements", "missing"), levels, subcategories, p);

        return new Catalog(id, version, published, title, catalogSource, levels, categories, requirements);
    }

    private static List<CatalogCategory> BuildCategories(List<CategoryDocument> documents, Problems p)
    {
        var categories = new List<CatalogCategory>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.categories[{i}]";
            var c = documents[i] ?? throw p.Error(path, "null");
            var id = p.Token(c.Id, path + ".id");
            p.Unique(seen, id, path + ".id", "category");
            if (c.Csf is null || !CsfFunctions.Contains(c.Csf))
            {
                p.Fail(path + ".csf", $"expected a NIST CSF 2.0 function ({string.Join(", ", CsfFunctions)}), found {Quote(c.Csf)}");
            }

            var subs = new List<CatalogSubcategory>();
            var subDocuments = c.Subcategories ?? throw p.Error(path + ".subcategories", "missing");
            for (var j = 0; j < subDocuments.Count; j++)
            {
                var subPath = $"{path}.subcategories[{j}]";
                var s = subDocuments[j] ?? throw p.Error(subPath, "null");
                var subId = p.Token(s.Id, subPath + ".id");
                p.Unique(seen, subId, subPath + ".id", "category or subcategory");
                if (s.Csf is null || !CsfCategoryPattern().IsMatch(s.Csf) || !s.Csf.StartsWith(c.Csf + ".", StringComparison.Ordinal))
                {
                    p.Fail(subPath + ".csf", $"expected a CSF 2.0 category of {c.Csf} such as {c.Csf}.XX, found {Quote(s.Csf)}");
                }

                subs.Add(new CatalogSubcategory { Id = subId, CsfCategory = s.Csf, Title = p.Text(s.Title, subPath + ".title") });
            }

            var category = new CatalogCategory { Id = id, CsfFunction = c.Csf, Title = p.Text(c.Title, path + ".title"), Subcategories = subs };
            subs.ForEach(s => s.Category = category);
            categories.Add(category);
        }

        return categories;
    }

    private static List<Requirement> BuildRequirements(
        List<RequirementDocument> documents, List<int> levels, Dictionary<string, CatalogSubcategory> subcategories, Problems p)
    {
        var requirements = new List<Requirement>();
        var seenRequirements = new HashSet<string>(StringComparer.Ordinal);
        var seenCriteria = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.requirements[{i}]";
            var r = documents[i] ?? throw p.Error(path, "null");
            var id = p.Token(r.Id, path + ".id");
            p.Unique(seenRequirements, id, path + ".id", "requirement");
            if (r.Level is not { } level || !levels.Contains(level))
            {
                throw p.Error(path + ".level", $"expected one of the catalog's levels ({string.Join(", ", levels)}), found {r.Level?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
            }

            if (r.Subcategory is null || !subcategories.TryGetValue(r.Subcategory, out var subcategory))
            {
                throw p.Error(path + ".subcategory", $"no subcategory with id {Quote(r.Subcategory)} in $.categories");
            }

            var criteriaDocuments = r.Criteria ?? throw p.Error(path + ".criteria", "missing");
            if (criteriaDocuments.Count == 0)
            {
                p.Fail(path + ".criteria", "a requirement needs at least one criterion");
            }

            var criteria = new List<Criterion>();
            for (var j = 0; j < criteriaDocuments.Count; j++)
            {
                var criterionPath = $"{path}.criteria[{j}]";
                var c = criteriaDocuments[j] ?? throw p.Error(criterionPath, "null");
                var criterionId = p.Token(c.Id, criterionPath + ".id");
                if (!criterionId.StartsWith(id + ".", StringComparison.Ordinal))
                {
                    p.Fail(criterionPath + ".id", $"a criterion id starts with its requirement's id and a dot (\"{id}.\"), found {Quote(criterionId)}");
                }

                p.Unique(seenCriteria, criterionId, criterionPath + ".id", "criterion");
                criteria.Add(new Criterion
                {
                    Id = criterionId,
                    Text = p.Text(c.Text, criterionPath + ".text"),
                    Parts = BuildParts(c.Parts ?? [], criterionPath, p),
                });
            }

            var requirement = new Requirement { Id = id, Level = level, Title = p.Text(r.Title, path + ".title"), Criteria = criteria };
            criteria.ForEach(c => c.Requirement = requirement);
            requirement.Subcategory = subcategory;
            subcategory.Requirements.Add(requirement);
            requirements.Add(requirement);
        }

        return requirements;
    }

    private static List<CriterionPart> BuildParts(List<PartDocument> documents, string criterionPath, Problems p)
    {
        var parts = new List<CriterionPart>();
        for (var k = 0; k < documents.Count; k++)
        {
            var path = $"{criterionPath}.parts[{k}]";
            var part = documents[k] ?? throw p.Error(path, "null");
            CriterionPartKind kind = part.Kind switch
            {
                "item" => CriterionPartKind.Item,
                "heading" => CriterionPartKind.Heading,
                "note" => CriterionPartKind.Note,
                _ => throw p.Error(path + ".kind", $"expected \"item\", \"heading\" or \"note\", found {Quote(part.Kind)}"),
            };
            parts.Add(new CriterionPart(kind, p.Text(part.Text, path + ".text")));
        }

        return parts;
    }

    private static string Quote(string? value) => value is null ? "nothing" : $"\"{value}\"";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex(@"^[A-Z]{2}\.[A-Z]{2}$")]
    private static partial Regex CsfCategoryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._\-]*$")]
    internal static partial Regex TokenPattern();

    /// <summary>Raises the first problem found, with the file name attached.</summary>
    private sealed class Problems(string sourceName)
    {
        public CatalogFormatException Error(string path, string reason) => new(sourceName, path, reason);

        [DoesNotReturn]
        public void Fail(string path, string reason) => throw Error(path, reason);

        public string Required(string? value, string path) =>
            string.IsNullOrWhiteSpace(value) ? throw Error(path, "missing or empty") : value;

        public string Token(string? value, string path)
        {
            var token = Required(value, path);
            return TokenPattern().IsMatch(token)
                ? token
                : throw Error(path, $"\"{token}\" is not a valid id (letters, digits, '.', '-', '_'; starting with a letter or digit)");
        }

        public LocalizedText Text(TextDocument? text, string path)
        {
            if (text is null)
            {
                throw Error(path, "missing");
            }

            return new LocalizedText(Required(text.Ja, path + ".ja"), Required(text.En, path + ".en"));
        }

        public void Unique(HashSet<string> seen, string id, string path, string what)
        {
            if (!seen.Add(id))
            {
                Fail(path, $"duplicate {what} id \"{id}\"");
            }
        }
    }
}
