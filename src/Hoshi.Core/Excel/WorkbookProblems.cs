using Hoshi.Core.Input;

namespace Hoshi.Core.Excel;

/// <summary>The problems found in one workbook, each with file, sheet, row and column; thrown together as the readers' other errors are.</summary>
internal sealed class WorkbookProblems(string fileName)
{
    /// <summary>A file with thousands of bad formulas says so in the first hundred.</summary>
    private const int MaxListed = 100;

    private readonly List<InputError> errors = [];

    public string FileName { get; } = fileName;

    public bool Full => errors.Count >= MaxListed;

    public void Add(string? sheet, int row, int column, string reason)
    {
        if (!Full)
        {
            errors.Add(At(sheet, row, column, reason));
        }
    }

    public InputError At(string? sheet, int row, int column, string reason) =>
        new(sheet is null ? FileName : $"{FileName} [{sheet}]", row, reason, column > 0 ? CellReferences.Letters(column) : null);

    /// <summary>A refusal of the whole file that stops reading at once.</summary>
    public InvalidInputException Refuse(string? sheet, int row, int column, string reason) => new([At(sheet, row, column, reason)]);

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}
