using System.Security.Claims;
using Hoshi.Core.Catalogs;
using Hoshi.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hoshi.Web.Features.CatalogBrowser;

/// <summary>The catalog browser: Japanese and English side by side, search, and Hoshi's guidance beside the official text.</summary>
public sealed class IndexModel(CatalogLibrary catalogs, HoshiDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The organization whose menu the page keeps (the one the user came from).</summary>
    [BindProperty(SupportsGet = true, Name = "org")]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "catalog")]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "requirement")]
    public string? RequirementId { get; set; }

    public Core.Catalogs.Catalog Catalog { get; private set; } = null!;
    public IReadOnlyList<Core.Catalogs.Catalog> All => catalogs.Catalogs;
    public IReadOnlyList<Requirement> Requirements { get; private set; } = [];

    public OrgContext? Org { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var userId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        Org = await OrgContext.FindAsync(db, userId, OrganizationId, clock.GetUtcNow().UtcDateTime);
        ViewData["Org"] = Org;
        var catalog = catalogs.Resolve(Key);
        if (catalog is null)
        {
            return NotFound();
        }

        Catalog = catalog;
        var terms = Normalize(Query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Requirements = catalog.Requirements
            .Where(r => RequirementId is null || r.Id == RequirementId)
            .Where(r => Level is null || r.Level == Level)
            .Where(r => terms.All(t => Normalize(Text(r)).Contains(t, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return Page();
    }

    public RequirementGuidance? GuidanceFor(Requirement requirement) => catalogs.GuidanceFor(Catalog, requirement.Id);

    /// <summary>NFKC, so half-width ｶﾀｶﾅ, full-width ＡＢＣ and the ideographic space match their usual forms.</summary>
    private static string Normalize(string text) => text.Normalize(System.Text.NormalizationForm.FormKC);

    private static string Text(Requirement r) =>
        string.Join('\n', new[] { r.Id, r.Title.Ja, r.Title.En }
            .Concat(r.Criteria.SelectMany(c => new[] { c.Id, c.Text.Ja, c.Text.En }.Concat(c.Parts.SelectMany(p => new[] { p.Text.Ja, p.Text.En })))));
}
