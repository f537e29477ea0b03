namespace Hoshi.Core.Catalogs.Import;

/// <summary>What a ★<see cref="Level"/> target takes (requirements and criteria of that level and below), and how many criteria are of that level itself.</summary>
public sealed record LevelCount(int Level, int Requirements, int Criteria, int OfThisLevel);
