using Hoshi.Data;
using Hoshi.Data.Evidence;
using Hoshi.Data.Queries;
using Hoshi.Data.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

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
        if (!Org.Membership.SeesAllAssessments() && !Db.EvidenceLinks.Any(l => l.OrganizationId == Org.Organization.Id && l.EvidenceFileId == file.Id && l.AssessmentId == Org.Membership.AssessmentId))
        {
            return NotFound();
        }

        if (!store.Exists(file.Sha256))
        {
            return NotFound();
        }

        var previewable = file.ContentType == "application/pdf" || file.ContentType.StartsWith("image/", StringComparison.Ordinal);
        var disposition = new ContentDispositionHeaderValue(Inline && previewable ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; plugin-types application/pdf";
        Response.Headers.CacheControl = "private, no-store";
        return new FileStreamResult(store.Open(file.Sha256), file.ContentType) { EnableRangeProcessing = true };
    }
}
