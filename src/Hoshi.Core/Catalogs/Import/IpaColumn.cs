namespace Hoshi.Core.Catalogs.Import;

/// <summary>The columns of IPA's workbook that the import reads.</summary>
public enum IpaColumn
{
    /// <summary>C: the category's name (optional).</summary>
    Category,
    /// <summary>F: the requirement No., e.g. 4-1-3.</summary>
    RequirementNo,
    /// <summary>J: the requirement text.</summary>
    RequirementText,
    /// <summary>K: the criterion's ★ (★3, 3 or ３).</summary>
    CriterionLevel,
    /// <summary>L: the criterion No., e.g. 4-1-3-3.</summary>
    CriterionNo,
    /// <summary>M: the criterion text.</summary>
    CriterionText,
}
