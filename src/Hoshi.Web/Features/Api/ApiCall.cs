using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Evidence;
using Hoshi.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Api;

/// <summary>
/// A call about one assessment, checked the way the pages check it: 404 unless the token's owner may read that
/// assessment of this organization (another organization's ids look like no ids at all), 403 when they may read
/// but not change it. Refusals from the commands become RFC 9457 problem details naming the field.
/// </summary>
internal static class ApiCall
{
    /// <summary>The endpoints under /api/v1/orgs/{org}: tokens only (no cookies), tagged for the OpenAPI document.</summary>
    public static RouteGroupBuilder MapOrganizationApi(this IEndpointRouteBuilder app, string tag) =>
        app.MapGroup("/api/v1/orgs/{org:guid}")
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireAuthenticatedUser())
            .WithTags(tag);

    public static Task<IResult> ReadAsync(HttpContext http, Guid organizationId, Guid assessmentId, Func<ApiCaller, Task<IResult>> read) =>
        RunAsync(http, organizationId, assessmentId, Access.Read, read);

    public static Task<IResult> ChangeAsync(HttpContext http, Guid organizationId, Guid assessmentId, Func<ApiCaller, Task<IResult>> change) =>
        RunAsync(http, organizationId, assessmentId, Access.Edit, change);

    public static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);

    public static IResult Invalid(string field, string reason, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
        {
            Status = status,
            Title = "One or more fields are not valid.",
        });

    private static async Task<IResult> RunAsync(HttpContext http, Guid organizationId, Guid assessmentId, Access access, Func<ApiCaller, Task<IResult>> call)
    {
        var db = http.RequestServices.GetRequiredService<HoshiDbContext>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await ApiCaller.ResolveAsync(http.User, organizationId, db, clock) is not { } caller || !caller.Can(Access.Read, assessmentId, now)
            || !await db.Assessments.AnyAsync(a => a.OrganizationId == organizationId && a.Id == assessmentId))
        {
            return NotFound();
        }

        if (!caller.Can(access, assessmentId, now))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "The token's owner may read this assessment but not change it.");
        }

        try
        {
            return await call(caller);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException e)
        {
            return Invalid(e.Field, e.Reason);
        }
        catch (EvidenceTooLargeException e)
        {
            return Invalid("file", e.Message, StatusCodes.Status413PayloadTooLarge);
        }
    }
}
