using System.Globalization;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Csv;

namespace Hoshi.Core.Export;

/// <summary>
/// One row per criterion, Japanese and English side by side; opens in Excel (UTF-8 with BOM). The level is the
/// criterion's own; the texts are the official ones whole; an English column is empty where no translation exists.
/// </summary>
public static class CatalogCsvWriter
{
    public static void Write(Catalog catalog, TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.WriteRecord(
            "catalog", "version", "category", "csf_function", "subcategory", "csf_category", "requirement", "level",
            "requirement_title_ja", "requirement_title_en", "criterion", "criterion_ja", "criterion_en", "row");
        foreach (var r in catalog.Requirements)
        {
            foreach (var c in r.Criteria)
            {
                csv.WriteRecord(
                    catalog.Id, catalog.Version, r.Category.Id, r.Category.CsfFunction, r.Subcategory.Id, r.Subcategory.CsfCategory,
                    r.Id, c.Level.ToString(CultureInfo.InvariantCulture),
                    r.Title.Ja, r.Title.En ?? "", c.Id, c.OfficialText.Ja, c.OfficialText.En ?? "",
                    c.Row?.ToString(CultureInfo.InvariantCulture) ?? "");
            }
        }
    }
}
