using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Export;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Hoshi.Data.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Api;

/// <summary>
/// The JSON API for scripts: assessments, answers and evaluation, with the same authorization as the pages.
/// Errors are RFC 9457 problem details; another organization's ids answer 404.
/// </summary>
public static class AssessmentsApi
{
    public sealed record AssessmentDto(Guid Id, string Title, int TargetLevel, string Catalog, string Status, DateOnly? PeriodStart, DateOnly? PeriodEnd);

    public sealed record NewAssessmentDto(string Title, int TargetLevel, string? Catalog, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? Owner);

    public sealed record AnswerDto(string Criterion, string Status, string? Justification, string? Note, string? Owner, int Version, bool NeedsReview, string UpdatedBy, DateTime UpdatedAt);

    public sealed record SetAnswerDto(string Status, string? Justification, string? Note, string? Owner, int? ExpectedVersion);

    public static void MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapOrganizationApi("Assessments");
        api.MapGet("/assessments", ListAssessments).WithSummary("List the organization's assessments");
        api.MapPost("/assessments", CreateAssessment).WithSummary("Create an assessment pinned to a catalog version");
        api.MapGet("/assessments/{id:guid}/evaluation", Evaluate).WithSummary("Evaluate: ★ reached, counts, gaps, progress");
        api.MapGet("/assessments/{id:guid}/answers", ListAnswers).WithSummary("All stored answers of an assessment");
        api.MapPut("/assessments/{id:guid}/answers/{criterion}", SetAnswer).WithSummary("Set one answer; expectedVersion guards against overwriting a colleague");
    }

    private static async Task<Results<Ok<List<AssessmentDto>>, NotFound>> ListAssessments(Guid org, HttpContext http, HoshiDbContext db, TimeProvider clock)
    {
        if (await ApiCaller.ResolveAsync(http.User, org, db, clock) is not { } caller)
        {
            return TypedResults.NotFound();
        }

        var query = db.Assessments.AsNoTracking().Where(a => a.OrganizationId == org);
        if (!caller.Membership.SeesAllAssessments())
        {
            query = query.Where(a => a.Id == caller.Membership.AssessmentId);
        }

        var list = await query.OrderByDescending(a => a.CreatedAt).ToListAsync();
        return TypedResults.Ok(list.Select(ToDto).ToList());
    }

    private static async Task<Results<Created<AssessmentDto>, NotFound, ForbidHttpResult, ValidationProblem>> CreateAssessment(
        Guid org, NewAssessmentDto body, HttpContext http, HoshiDbContext db, TimeProvider clock, AssessmentCommands commands)
    {
        if (await ApiCaller.ResolveAsync(http.User, org, db, clock) is not { } caller)
        {
            return TypedResults.NotFound();
        }

        if (!caller.Can(Access.Edit, null, clock.GetUtcNow().UtcDateTime))
        {
            return TypedResults.Forbid();
        }

        try
        {
            var created = await commands.CreateAsync(org, new NewAssessment(body.Title, body.TargetLevel, body.Catalog, null, body.PeriodStart, body.PeriodEnd, body.Owner), caller.Actor);
            return TypedResults.Created($"/api/v1/orgs/{org}/assessments/{created.Id}", ToDto(created));
        }
        catch (ValidationException e)
        {
            return Invalid(e);
        }
    }

    private static async Task<Results<Ok<EvaluationReport>, NotFound>> Evaluate(Guid org, Guid id, HttpContext http, HoshiDbContext db, TimeProvider clock, CatalogLibrary catalogs)
    {
        if (await ApiCaller.ResolveAsync(http.User, org, db, clock) is not { } caller || !caller.Can(Access.Read, id, clock.GetUtcNow().UtcDateTime))
        {
            return TypedResults.NotFound();
        }

        try
        {
            var assessment = await db.RequireAssessmentAsync(org, id);
            var evaluation = await db.EvaluateAsync(catalogs, org, id);
            return TypedResults.Ok(EvaluationReport.From(evaluation, catalogs.CatalogOf(assessment)));
        }
        catch (NotFoundException)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<Results<Ok<List<AnswerDto>>, NotFound>> ListAnswers(Guid org, Guid id, HttpContext http, HoshiDbContext db, TimeProvider clock)
    {
        if (await ApiCaller.ResolveAsync(http.User, org, db, clock) is not { } caller || !caller.Can(Access.Read, id, clock.GetUtcNow().UtcDateTime)
            || !await db.Assessments.AnyAsync(a => a.OrganizationId == org && a.Id == id))
        {
            return TypedResults.NotFound();
        }

        var answers = await db.Answers.AsNoTracking().Where(a => a.OrganizationId == org && a.AssessmentId == id).OrderBy(a => a.Id).ToListAsync();
        return TypedResults.Ok(answers.Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<AnswerDto>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<AnswerDto>>> SetAnswer(
        Guid org, Guid id, string criterion, SetAnswerDto body, HttpContext http, HoshiDbContext db, TimeProvider clock, AnswerCommands answers)
    {
        if (await ApiCaller.ResolveAsync(http.User, org, db, clock) is not { } caller || !caller.Can(Access.Read, id, clock.GetUtcNow().UtcDateTime))
        {
            return TypedResults.NotFound();
        }

        if (!caller.Can(Access.Edit, id, clock.GetUtcNow().UtcDateTime))
        {
            return TypedResults.Forbid();
        }

        if (!AnswerStatusNames.TryParse(body.Status, out var status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"unknown status \"{body.Status}\"; expected one of {AnswerStatusNames.Accepted}"] });
        }

        try
        {
            var saved = await answers.SetAsync(org, id, new AnswerChange(criterion, status, body.Justification, body.Note, body.Owner, body.ExpectedVersion), caller.Actor);
            return TypedResults.Ok(ToDto(saved));
        }
        catch (NotFoundException)
        {
            return TypedResults.NotFound();
        }
        catch (ValidationException e)
        {
            return Invalid(e);
        }
        catch (ConcurrencyConflictException e)
        {
            return TypedResults.Conflict(ToDto((Answer)e.Current));
        }
    }

    private static ValidationProblem Invalid(ValidationException e) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Reason] });

    private static AssessmentDto ToDto(Assessment a) =>
        new(a.Id, a.Title, a.TargetLevel, $"{a.CatalogId}@{a.CatalogVersion}", a.Status.ToString(), a.PeriodStart, a.PeriodEnd);

    private static AnswerDto ToDto(Answer a) =>
        new(a.CriterionId, a.Status.Code(), a.Justification, a.Note, a.Owner, a.Version, a.NeedsReview, a.UpdatedBy, a.UpdatedAt);
}
