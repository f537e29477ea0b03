using Hoshi.Core.Catalogs;
using Hoshi.Core.Csv;

namespace Hoshi.Core.Export;

/// <summary>One row per criterion, Japanese and English side by side; opens in Excel (UTF-8 with BOM).</summary>
public static class CatalogCsvWriter
{
    public static void Write(Catalog catalog, TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.WriteRecord(
            "catalog", "version", "category", "csf_function", "subcategory", "csf_category", "requirement", "level",
            "requirement_title_ja", "requirement_title_en", "criterion", "criterion_ja", "criterion_en");
        foreach (var r in catalog.Requirements)
        {
            foreach (var c in r.Criteria)
            {
                csv.WriteRecord(
                    catalog.Id, catalog.Version, r.Category.Id, r.Category.CsfFunction, r.Subcategory.Id, r.Subcategory.CsfCategory,
                    r.Id, r.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    r.Title.Ja, r.Title.En, c.Id, CriterionText.Full(c, "ja"), CriterionText.Full(c, "en"));
            }
        }
    }
}
