using Hoshi.Core.Catalogs;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Hoshi.Web.Features;

/// <summary>
/// Where the criterion-text partial (_CriterionText) links a cross reference such as "No.4-1-3-3". A page that
/// shows the referenced criteria itself, with the anchors #c{id} and #r{id}, needs nothing (the supplier
/// questionnaire); another page puts its links into its ViewData with <see cref="Use"/> before rendering the partial.
/// </summary>
public sealed class CrossReferenceLinks(Func<CrossReference, string> href)
{
    private const string Key = nameof(CrossReferenceLinks);

    /// <summary>Links to the anchors of the page itself.</summary>
    public static readonly CrossReferenceLinks OnThePage = new(r => "#" + Anchor(r));

    public string Href(CrossReference reference) => href(reference);

    public void Use(ViewDataDictionary viewData) => viewData[Key] = this;

    public static CrossReferenceLinks From(ViewDataDictionary viewData) => viewData[Key] as CrossReferenceLinks ?? OnThePage;

    /// <summary>The anchor of a criterion (c4-1-3-3) or requirement (r4-1-5), as the catalog browser and questionnaire name them.</summary>
    public static string Anchor(CrossReference reference) =>
        reference.Criterion is { } c ? "c" + c.Id : "r" + reference.Requirement!.Id;

    /// <summary>Links to the catalog browser, showing the referenced requirement of <paramref name="catalog"/>.</summary>
    public static CrossReferenceLinks CatalogBrowser(Catalog catalog, Guid? organizationId) => new(r => BrowserHref(catalog, organizationId, r));

    /// <summary>
    /// Links from an assessment's criterion page: a referenced criterion of the assessment's scope to its own page
    /// there, anything else to the catalog browser.
    /// </summary>
    public static CrossReferenceLinks Assessment(Catalog catalog, Guid organizationId, Guid assessmentId, int targetLevel) =>
        new(r => r.Criterion is { } c && c.Level <= targetLevel
            ? $"/o/{organizationId}/assessments/{assessmentId}/criteria/{Uri.EscapeDataString(c.Id)}"
            : BrowserHref(catalog, organizationId, r));

    private static string BrowserHref(Catalog catalog, Guid? organizationId, CrossReference r)
    {
        var requirement = r.Criterion?.Requirement ?? r.Requirement!;
        var org = organizationId is { } id ? $"&org={id}" : "";
        return $"/catalog?catalog={Uri.EscapeDataString(catalog.Key)}{org}&requirement={Uri.EscapeDataString(requirement.Id)}#{Anchor(r)}";
    }
}
