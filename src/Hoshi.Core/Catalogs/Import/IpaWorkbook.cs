namespace Hoshi.Core.Catalogs.Import;

/// <summary>
/// The criteria read from IPA's workbook (sheet 「★3・★4要求事項・評価基準」), every row checked; where each
/// column was found, so that later problems can name the cell too.
/// </summary>
public sealed record IpaWorkbook(string FileName, string Sheet, int HeaderRow, IReadOnlyDictionary<IpaColumn, string> Columns, IReadOnlyList<IpaWorkbookRow> Rows)
{
    /// <summary>How a problem names its place: "FILE [SHEET]", as the check sheet does.</summary>
    public string Where => $"{FileName} [{Sheet}]";
}
