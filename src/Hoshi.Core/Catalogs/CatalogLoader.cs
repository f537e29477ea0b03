using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Hoshi.Core.Catalogs;

/// <summary>
/// Reads a catalog file (format "hoshi-catalog/1" or "hoshi-catalog/2", see docs/catalog-format.md) and checks it
/// whole. Any problem is a <see cref="CatalogFormatException"/> naming the file, the JSON path and the reason.
/// </summary>
public static partial class CatalogLoader
{
    /// <summary>Format 1: the ★ on each requirement, criteria split into text and parts by hand.</summary>
    public const string FormatName = "hoshi-catalog/1";

    /// <summary>Format 2: the ★ on each criterion, official text verbatim, workbook rows.</summary>
    public const string Format2Name = "hoshi-catalog/2";

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

    /// <summary>Builds a catalog from a document made in code (the workbook import), with the same checks as a file.</summary>
    internal static Catalog Build(CatalogDocument d, string sourceName) => Build(d, new Problems(sourceName));

    private static Catalog Build(CatalogDocument d, Problems p)
    {
        var format = d.Format switch
        {
            FormatName => 1,
            Format2Name => 2,
            _ => throw p.Error("$.format", $"expected \"{FormatName}\" or \"{Format2Name}\", found {Quote(d.Format)}"),
        };
        if (format == 1)
        {
            RefuseFormat2Fields(d, p);
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
            source.Sha256,
            source.Url,
            source.Sheet);

        var levels = d.Levels ?? throw p.Error("$.levels", "missing");
        if (levels.Count == 0 || levels.Any(l => l is < 1 or > 5) || !levels.SequenceEqual(levels.Order().Distinct()))
        {
            p.Fail("$.levels", "expected distinct ★ levels between 1 and 5 in ascending order");
        }

        var incompleteLevels = d.IncompleteLevels ?? [];
        for (var i = 0; i < incompleteLevels.Count; i++)
        {
            if (!levels.Contains(incompleteLevels[i]) || incompleteLevels.IndexOf(incompleteLevels[i]) != i)
            {
                p.Fail($"$.incompleteLevels[{i}]", $"expected distinct levels among the catalog's ({string.Join(", ", levels)}), found {incompleteLevels[i]}");
            }
        }

        var shape = new Shape(format, levels, incompleteLevels);
        var categories = BuildCategories(d.Categories ?? throw p.Error("$.categories", "missing"), shape, p);
        var subcategories = categories.SelectMany(c => c.Subcategories).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var requirements = BuildRequirements(d.Requirements ?? throw p.Error("$.requirements", "missing"), shape, subcategories, p);

        return new Catalog(format, id, version, published, title, catalogSource, levels, [.. incompleteLevels.Order()], categories, requirements);
    }

    /// <summary>A format-1 file keeps exactly the members it always had.</summary>
    private static void RefuseFormat2Fields(CatalogDocument d, Problems p)
    {
        const string Reason = "not a member of hoshi-catalog/1 (it belongs to hoshi-catalog/2)";
        if (d.IncompleteLevels is not null)
        {
            p.Fail("$.incompleteLevels", Reason);
        }

        if (d.Source?.Url is not null)
        {
            p.Fail("$.source.url", Reason);
        }

        if (d.Source?.Sheet is not null)
        {
            p.Fail("$.source.sheet", Reason);
        }

        for (var i = 0; i < (d.Requirements?.Count ?? 0); i++)
        {
            for (var j = 0; j < (d.Requirements![i]?.Criteria?.Count ?? 0); j++)
            {
                var c = d.Requirements[i]!.Criteria![j];
                var path = $"$.requirements[{i}].criteria[{j}]";
                if (c?.Level is not null)
                {
                    p.Fail(path + ".level", Reason + "; in format 1 the ★ is the requirement's");
                }

                if (c?.Row is not null)
                {
                    p.Fail(path + ".row", Reason);
                }
            }
        }
    }

    /// <summary>What the builders need to know of the file as a whole.</summary>
    private sealed record Shape(int Format, List<int> Levels, List<int> IncompleteLevels);

    private static List<CatalogCategory> BuildCategories(List<CategoryDocument> documents, Shape shape, Problems p)
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

                subs.Add(new CatalogSubcategory { Id = subId, CsfCategory = s.Csf, Title = p.Text(s.Title, subPath + ".title", shape.Format) });
            }

            var category = new CatalogCategory { Id = id, CsfFunction = c.Csf, Title = p.Text(c.Title, path + ".title", shape.Format), Subcategories = subs };
            subs.ForEach(s => s.Category = category);
            categories.Add(category);
        }

        return categories;
    }

    private static List<Requirement> BuildRequirements(
        List<RequirementDocument> documents, Shape shape, Dictionary<string, CatalogSubcategory> subcategories, Problems p)
    {
        var requirements = new List<Requirement>();
        var seenRequirements = new HashSet<string>(StringComparer.Ordinal);
        var seenCriteria = new HashSet<string>(StringComparer.Ordinal);
        var rows = new Dictionary<int, string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.requirements[{i}]";
            var r = documents[i] ?? throw p.Error(path, "null");
            var id = p.Token(r.Id, path + ".id");
            p.Unique(seenRequirements, id, path + ".id", "requirement");
            int? requirementLevel = null;
            if (shape.Format == 1)
            {
                requirementLevel = r.Level is { } level && shape.Levels.Contains(level)
                    ? level
                    : throw p.Error(path + ".level", $"expected one of the catalog's levels ({string.Join(", ", shape.Levels)}), found {r.Level?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
            }
            else if (r.Level is not null)
            {
                p.Fail(path + ".level", "not a member of hoshi-catalog/2: the ★ belongs to each criterion (criteria[].level)");
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

            var separator = shape.Format == 1 ? "." : "-";
            var criteria = new List<Criterion>();
            for (var j = 0; j < criteriaDocuments.Count; j++)
            {
                var criterionPath = $"{path}.criteria[{j}]";
                var c = criteriaDocuments[j] ?? throw p.Error(criterionPath, "null");
                var criterionId = p.Token(c.Id, criterionPath + ".id");
                if (!criterionId.StartsWith(id + separator, StringComparison.Ordinal) || criterionId.Length == id.Length + 1)
                {
                    p.Fail(criterionPath + ".id", $"a criterion id starts with its requirement's id and a \"{separator}\" (\"{id}{separator}\"), found {Quote(criterionId)}");
                }

                p.Unique(seenCriteria, criterionId, criterionPath + ".id", "criterion");
                criteria.Add(shape.Format == 1
                    ? Format1Criterion(c, criterionId, requirementLevel!.Value, criterionPath, p)
                    : Format2Criterion(c, criterionId, shape, rows, criterionPath, p));
            }

            var requirement = new Requirement { Id = id, Title = p.Text(r.Title, path + ".title", shape.Format), Criteria = criteria };
            criteria.ForEach(c => c.Requirement = requirement);
            requirement.Subcategory = subcategory;
            subcategory.Requirements.Add(requirement);
            requirements.Add(requirement);
        }

        return requirements;
    }

    private static Criterion Format1Criterion(CriterionDocument c, string id, int level, string path, Problems p)
    {
        var text = p.Text(c.Text, path + ".text");
        var parts = BuildParts(c.Parts ?? [], path, p);
        string Whole(string language) => string.Join('\n', [text.In(language), .. parts.Select(part => (part.Kind == CriterionPartKind.Item ? "- " : "") + part.Text.In(language))]);
        return new Criterion { Id = id, Level = level, Text = text, Parts = parts, OfficialText = new LocalizedText(Whole("ja"), Whole("en")) };
    }

    private static Criterion Format2Criterion(CriterionDocument c, string id, Shape shape, Dictionary<int, string> rows, string path, Problems p)
    {
        if (c.Level is not { } level || !shape.Levels.Contains(level) || shape.IncompleteLevels.Contains(level))
        {
            var expected = shape.Levels.Except(shape.IncompleteLevels);
            throw p.Error(path + ".level", $"expected one of the levels this file carries ({string.Join(", ", expected)}; incompleteLevels excluded), found {c.Level?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
        }

        if (c.Parts is not null)
        {
            p.Fail(path + ".parts", "not a member of hoshi-catalog/2: the parts are read from the lines of the text");
        }

        if (c.Row is { } row)
        {
            if (row < 1)
            {
                p.Fail(path + ".row", $"expected a workbook row (1 or more), found {row}");
            }

            if (!rows.TryAdd(row, id))
            {
                p.Fail(path + ".row", $"row {row} is already the row of criterion {rows[row]}");
            }
        }

        var official = p.Text(c.Text, path + ".text", format: 2);
        var ja = CriterionLines.Read(official.Ja, "ja");
        var en = official.En is { } english ? CriterionLines.Read(english, "en") : null;
        if (en is not null)
        {
            PairLines(ja, en, path + ".text.en", p);
        }

        var parts = ja.Skip(1).Select((line, k) => new CriterionPart(line.Kind, new LocalizedText(line.Text, en?[k + 1].Text))).ToList();
        return new Criterion
        {
            Id = id,
            Level = level,
            Text = new LocalizedText(ja[0].Text, en?[0].Text),
            Parts = parts,
            OfficialText = official,
            Row = c.Row,
        };
    }

    /// <summary>The English must have the same sequence of line kinds as the Japanese, so that parts pair up.</summary>
    private static void PairLines(List<CriterionLines.Line> ja, List<CriterionLines.Line> en, string path, Problems p)
    {
        for (var k = 0; k < Math.Max(ja.Count, en.Count); k++)
        {
            if (k >= en.Count)
            {
                p.Fail(path, $"the English ends where the Japanese goes on with {CriterionLines.Describe(ja[k].Kind, "ja")} on its line {ja[k].Number} (\"{Shorten(ja[k].Text)}\")");
            }

            if (k >= ja.Count)
            {
                p.Fail(path, $"line {en[k].Number} (\"{Shorten(en[k].Text)}\") has no counterpart in the Japanese, which ends before it");
            }

            if (ja[k].Kind != en[k].Kind)
            {
                p.Fail(path, $"line {en[k].Number} (\"{Shorten(en[k].Text)}\") is {CriterionLines.Describe(en[k].Kind, "en")} where the Japanese has {CriterionLines.Describe(ja[k].Kind, "ja")} (its line {ja[k].Number})");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..29] + "…";

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

        /// <summary>A Japanese text with its English; format 2 allows the English to be absent (not empty).</summary>
        public LocalizedText Text(TextDocument? text, string path, int format = 1)
        {
            if (text is null)
            {
                throw Error(path, "missing");
            }

            var ja = Required(text.Ja, path + ".ja");
            if (format == 2 && text.En is null)
            {
                return new LocalizedText(ja, null);
            }

            return string.IsNullOrWhiteSpace(text.En)
                ? throw Error(path + ".en", format == 2 ? "empty; leave en out where there is no translation" : "missing or empty")
                : new LocalizedText(ja, text.En);
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
