using Hoshi.Data;
using Hoshi.Data.Evidence;
using Hoshi.Data.Queries;
using Microsoft.AspNetCore.Mvc;

namespace Hoshi.Web.Features.Evidence;

/// <summary>
/// Serves an evidence file to members of its organization only. Files are sandboxed (no script can run in
/// them), PDFs and images may be shown inline for preview, everything else downloads.
/// </summary>
public sealed class DownloadModel(HoshiDbContext db, TimeProvider clock, EvidenceStore store) : OrgPageModel(db, clock)
{
    [FromRoute(Name = "id")]
    public Guid EvidenceId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Inline { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var file = await Db.RequireEvidenceAsync(Org.Organization.Id, EvidenceId);
        if (!await Db.MaySeeAsync(Org.Membership, file) || !store.Exists(file.Sha256))
        {
            return NotFound();
        }

        EvidenceAccess.PrepareResponse(Response, file, Inline);
        return new FileStreamResult(store.Open(file.Sha256), file.ContentType) { EnableRangeProcessing = true };
    }
}
