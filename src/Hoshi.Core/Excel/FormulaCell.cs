namespace Hoshi.Core.Excel;

/// <summary>
/// A formula as the sheet XML holds it: its text, or for a copy of a shared formula only the group it belongs to
/// (<see cref="SharedIndex"/>), and whether Excel saved its computed value.
/// </summary>
internal sealed record FormulaCell(int Sheet, int Row, int Column, string Text, string? SharedIndex, bool HasValue)
{
    /// <summary>The first cell of a shared group carries the text; its copies carry none.</summary>
    public bool IsSharedCopy => SharedIndex is not null && Text.Length == 0;
}
