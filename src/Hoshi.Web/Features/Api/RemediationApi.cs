using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Api;

/// <summary>
/// Remediation actions through the API: list, create, change (title, owner, due date, status: "done" completes
/// an action), delete. A planned action never changes an answer.
/// </summary>
public static class RemediationApi
{
    public sealed record ActionDto(
        Guid Id, string Criterion, string Title, string Owner, DateOnly DueDate, string Status, bool Overdue, int Version,
        string CreatedBy, DateTime CreatedAt, DateTime UpdatedAt);

    public sealed record NewActionDto(string? Criterion, string? Title, string? Owner, DateOnly? DueDate);

    /// <summary>What is left out stays as it is; expectedVersion guards against overwriting a colleague.</summary>
    public sealed record ActionChangeDto(string? Title, string? Owner, DateOnly? DueDate, string? Status, int? ExpectedVersion);

    public static void MapRemediationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapOrganizationApi("Remediation actions");
        api.MapGet("/assessments/{id:guid}/actions", List).WithSummary("The assessment's remediation actions, by due date; ?criterion= for one criterion")
            .Produces<List<ActionDto>>();
        api.MapPost("/assessments/{id:guid}/actions", Create).WithSummary("Plan an action for a criterion: { criterion, title, owner, dueDate }")
            .Produces<ActionDto>(StatusCodes.Status201Created).ProducesValidationProblem();
        api.MapPatch("/assessments/{id:guid}/actions/{actionId:guid}", Update)
            .WithSummary("Change title, owner, dueDate or status (open, in_progress, done, cancelled); a stale expectedVersion answers 409 with the stored action")
            .Produces<ActionDto>().Produces<ActionDto>(StatusCodes.Status409Conflict).ProducesValidationProblem();
        api.MapDelete("/assessments/{id:guid}/actions/{actionId:guid}", Delete).WithSummary("Delete an action entered by mistake (to finish one, set its status to done)")
            .Produces(StatusCodes.Status204NoContent).Produces<ActionDto>(StatusCodes.Status409Conflict);
    }

    private static Task<IResult> List(Guid org, Guid id, string? criterion, HttpContext http, HoshiDbContext db, TimeProvider clock) =>
        ApiCall.ReadAsync(http, org, id, async _ =>
        {
            var actions = await db.RemediationActions.AsNoTracking()
                .Where(r => r.OrganizationId == org && r.AssessmentId == id && (criterion == null || r.CriterionId == criterion))
                .OrderBy(r => r.DueDate).ThenBy(r => r.Id).ToListAsync();
            return TypedResults.Ok(actions.Select(a => ToDto(a, clock)).ToList());
        });

    private static Task<IResult> Create(Guid org, Guid id, NewActionDto body, HttpContext http, TimeProvider clock, RemediationCommands remediation) =>
        ApiCall.ChangeAsync(http, org, id, async caller =>
        {
            if (body.DueDate is not { } dueDate)
            {
                return ApiCall.Invalid("dueDate", "is required (yyyy-MM-dd)");
            }

            var created = await remediation.CreateAsync(org, id, new NewRemediation(body.Criterion ?? "", body.Title ?? "", body.Owner ?? "", dueDate), caller.Actor);
            return TypedResults.Created($"/api/v1/orgs/{org}/assessments/{id}/actions/{created.Id}", ToDto(created, clock));
        });

    private static Task<IResult> Update(Guid org, Guid id, Guid actionId, ActionChangeDto body, HttpContext http, TimeProvider clock, RemediationCommands remediation) =>
        ApiCall.ChangeAsync(http, org, id, async caller =>
        {
            var status = RemediationStatusNames.Parse(body.Status);
            if (body.Status is not null && status is null)
            {
                return ApiCall.Invalid("status", $"unknown status \"{body.Status}\"; expected one of {RemediationStatusNames.Accepted}");
            }

            return await GuardedAsync(clock, async () => TypedResults.Ok(ToDto(
                await remediation.UpdateAsync(org, id, actionId, new RemediationChange(body.Title, body.Owner, body.DueDate, status), body.ExpectedVersion, caller.Actor), clock)));
        });

    private static Task<IResult> Delete(Guid org, Guid id, Guid actionId, int? expectedVersion, HttpContext http, TimeProvider clock, RemediationCommands remediation) =>
        ApiCall.ChangeAsync(http, org, id, caller => GuardedAsync(clock, async () =>
        {
            await remediation.DeleteAsync(org, id, actionId, expectedVersion, caller.Actor);
            return TypedResults.NoContent();
        }));

    /// <summary>A colleague's newer change answers 409 with the action as it is stored now.</summary>
    private static async Task<IResult> GuardedAsync(TimeProvider clock, Func<Task<IResult>> change)
    {
        try
        {
            return await change();
        }
        catch (ConcurrencyConflictException e)
        {
            return TypedResults.Conflict(ToDto((RemediationAction)e.Current, clock));
        }
    }

    private static ActionDto ToDto(RemediationAction a, TimeProvider clock) =>
        new(a.Id, a.CriterionId, a.Title, a.Owner, a.DueDate, a.Status.Code(),
            a.IsOverdueOn(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)), a.Version, a.CreatedBy, a.CreatedAt, a.UpdatedAt);
}
