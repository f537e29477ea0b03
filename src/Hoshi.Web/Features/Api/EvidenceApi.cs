using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Evidence;
using Hoshi.Web.Features.Evidence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Api;

/// <summary>
/// Evidence through the API: upload to a criterion (the same type and size limits as the pages), list, link,
/// unlink, download. Files are stored by SHA-256, which every answer returns.
/// </summary>
public static class EvidenceApi
{
    public sealed record EvidenceDto(
        Guid Id, string FileName, string ContentType, long Size, string Sha256, string? Description, DateOnly? ExpiresOn,
        DateTime UploadedAt, string UploadedBy, IReadOnlyList<string> Criteria);

    public static void MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapOrganizationApi("Evidence");
        api.MapGet("/assessments/{id:guid}/evidence", List)
            .WithSummary("Evidence linked to the assessment's criteria, with SHA-256 and the criteria each file supports")
            .Produces<List<EvidenceDto>>();
        // Tokens only, never cookies: no cross-site form can reach this, so there is no antiforgery token to ask for.
        api.MapPost("/assessments/{id:guid}/evidence", Upload).DisableAntiforgery()
            .WithSummary("Upload a file (multipart field \"file\") and link it to a criterion; optional expiresOn (yyyy-MM-dd) and description")
            .Produces<EvidenceDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapPut("/assessments/{id:guid}/evidence/{evidenceId:guid}/criteria/{criterion}", Link)
            .WithSummary("Link a stored file to a criterion; linking twice is harmless")
            .Produces<EvidenceDto>().ProducesValidationProblem();
        api.MapDelete("/assessments/{id:guid}/evidence/{evidenceId:guid}/criteria/{criterion}", Unlink)
            .WithSummary("Take a file off a criterion; the file itself stays")
            .Produces(StatusCodes.Status204NoContent);
        api.MapGet("/evidence/{evidenceId:guid}/content", Download)
            .WithSummary("Download a file (an assessor only the files of their assessment)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
    }

    private static Task<IResult> List(Guid org, Guid id, HttpContext http, HoshiDbContext db) =>
        ApiCall.ReadAsync(http, org, id, async _ => TypedResults.Ok(await LoadAsync(db, org, id, null)));

    private static Task<IResult> Upload(
        Guid org, Guid id, IFormFile? file, [FromForm] string? criterion, [FromForm] string? expiresOn, [FromForm] string? description,
        HttpContext http, HoshiDbContext db, EvidenceCommands evidence) =>
        ApiCall.ChangeAsync(http, org, id, async caller =>
        {
            if (file is null || file.Length == 0)
            {
                return ApiCall.Invalid("file", "attach the file as the multipart field \"file\"");
            }

            if (string.IsNullOrWhiteSpace(criterion))
            {
                return ApiCall.Invalid("criterion", "name the criterion the file supports, e.g. 2.1");
            }

            DateOnly? expires = null;
            if (!string.IsNullOrWhiteSpace(expiresOn))
            {
                if (!DateOnly.TryParseExact(expiresOn.Trim(), "yyyy-MM-dd", out var parsed))
                {
                    return ApiCall.Invalid("expiresOn", $"\"{expiresOn}\" is not a date as yyyy-MM-dd");
                }

                expires = parsed;
            }

            await using var content = file.OpenReadStream();
            var stored = await evidence.AddToCriterionAsync(org, id, criterion.Trim(), content, new NewEvidence(file.FileName, description, expires), caller.Actor);
            return TypedResults.Created($"/api/v1/orgs/{org}/evidence/{stored.Id}/content", (await LoadAsync(db, org, id, stored.Id)).Single());
        });

    private static Task<IResult> Link(Guid org, Guid id, Guid evidenceId, string criterion, HttpContext http, HoshiDbContext db, EvidenceCommands evidence) =>
        ApiCall.ChangeAsync(http, org, id, async caller =>
        {
            await evidence.LinkAsync(org, evidenceId, id, criterion, caller.Actor);
            return TypedResults.Ok((await LoadAsync(db, org, id, evidenceId)).Single());
        });

    private static Task<IResult> Unlink(Guid org, Guid id, Guid evidenceId, string criterion, HttpContext http, EvidenceCommands evidence) =>
        ApiCall.ChangeAsync(http, org, id, async caller =>
        {
            await evidence.UnlinkAsync(org, evidenceId, id, criterion, caller.Actor);
            return TypedResults.NoContent();
        });

    private static async Task<IResult> Download(Guid org, Guid evidenceId, HttpContext http, HoshiDbContext db, TimeProvider clock, EvidenceStore store)
    {
        var caller = await ApiCaller.ResolveAsync(http.User, org, db, clock);
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.OrganizationId == org && f.Id == evidenceId);
        if (caller is null || file is null || !await db.MaySeeAsync(caller.Membership, file) || !store.Exists(file.Sha256))
        {
            return ApiCall.NotFound();
        }

        EvidenceAccess.PrepareResponse(http.Response, file, inline: false);
        return TypedResults.Stream(store.Open(file.Sha256), file.ContentType, enableRangeProcessing: true);
    }

    /// <summary>The assessment's evidence (or one file of it), each file once with the criteria it is linked to.</summary>
    private static async Task<List<EvidenceDto>> LoadAsync(HoshiDbContext db, Guid org, Guid assessmentId, Guid? fileId)
    {
        var rows = await (
            from l in db.EvidenceLinks.AsNoTracking()
            join f in db.EvidenceFiles.AsNoTracking() on l.EvidenceFileId equals f.Id
            where l.OrganizationId == org && l.AssessmentId == assessmentId && f.OrganizationId == org && (fileId == null || f.Id == fileId)
            select new { l.CriterionId, File = f }).ToListAsync();
        return rows.GroupBy(r => r.File.Id)
            .Select(g => g.First().File)
            .OrderBy(f => f.UploadedAt).ThenBy(f => f.Id)
            .Select(f => new EvidenceDto(f.Id, f.FileName, f.ContentType, f.Size, f.Sha256, f.Description, f.ExpiresOn, f.UploadedAt, f.UploadedBy,
                rows.Where(r => r.File.Id == f.Id).Select(r => r.CriterionId).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
