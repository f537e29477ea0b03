namespace Hoshi.Core.Catalogs;

/// <summary>One criterion of a requirement; what an answer is given for.</summary>
public sealed class Criterion
{
    public required string Id { get; init; }
    public required LocalizedText Text { get; init; }
    public required IReadOnlyList<CriterionPart> Parts { get; init; }

    /// <summary>Set when the catalog is built; a criterion always belongs to one requirement.</summary>
    public Requirement Requirement { get; internal set; } = null!;

    public int Level => Requirement.Level;
}
