using Hoshi.Data;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Hoshi.Web.Features.Evidence;

/// <summary>Who may fetch an evidence file, and how it is served: the same for the pages and the API.</summary>
public static class EvidenceAccess
{
    /// <summary>Members see all of their organization's evidence; an assessor only the files of their one assessment.</summary>
    public static async Task<bool> MaySeeAsync(this HoshiDbContext db, Membership membership, EvidenceFile file) =>
        membership.SeesAllAssessments()
        || await db.EvidenceLinks.AnyAsync(l => l.OrganizationId == file.OrganizationId && l.EvidenceFileId == file.Id && l.AssessmentId == membership.AssessmentId);

    public static bool IsPreviewable(EvidenceFile file) =>
        file.ContentType == "application/pdf" || file.ContentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>
    /// Headers for serving a file: a download unless a PDF or image is asked for inline, sandboxed so that no
    /// script in it can run, never cached.
    /// </summary>
    public static void PrepareResponse(HttpResponse response, EvidenceFile file, bool inline)
    {
        var disposition = new ContentDispositionHeaderValue(inline && IsPreviewable(file) ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; plugin-types application/pdf";
        response.Headers.CacheControl = "private, no-store";
    }
}
