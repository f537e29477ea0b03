namespace Hoshi.Core.Catalogs.Import;

/// <summary>
/// One criterion as IPA's workbook has it, on its row: the category name (when the workbook has that column), the
/// requirement No. and text, the criterion's ★, No. and text. Ids are as published (ASCII); texts are verbatim.
/// </summary>
public sealed record IpaWorkbookRow(
    int Row, string? Category, string RequirementId, string RequirementText, int Level, string CriterionId, string CriterionText);
