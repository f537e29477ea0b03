using Hoshi.Core.Catalogs;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;

namespace Hoshi.Data.Queries;

/// <summary>The catalog version an assessment is pinned to, and checks of criterion ids against it.</summary>
public static class AssessmentCatalogs
{
    public static Catalog CatalogOf(this CatalogLibrary catalogs, Assessment assessment) =>
        catalogs.Find(assessment.CatalogId, assessment.CatalogVersion)
            ?? throw new CommandException($"catalog {assessment.CatalogId}@{assessment.CatalogVersion}, which this assessment is pinned to, is not installed");

    public static Criterion RequireCriterion(this Catalog catalog, string criterionId, string field = "criterion") =>
        catalog.FindCriterion(criterionId)
            ?? throw new ValidationException(field, $"\"{criterionId}\" is not a criterion of catalog {catalog.Key}");
}
