namespace Hoshi.Core.Excel;

/// <summary>
/// The check sheet's fixed layout, shared by the writer and the reader: one row per criterion on the sheet
/// 「チェックシート」, editable columns status to owner, and a hidden sheet naming the assessment.
/// </summary>
internal static class CheckSheetLayout
{
    public const string Sheet = "チェックシート";
    public const string MetaSheet = "_hoshi";
    public const int HeaderRow = 4;
    public const int FirstDataRow = 5;

    public const int RequirementColumn = 1;
    public const int LevelColumn = 2;
    public const int CategoryColumn = 3;
    public const int CriterionColumn = 4;
    public const int TextColumn = 5;
    public const int StatusColumn = 6;
    public const int JustificationColumn = 7;
    public const int NoteColumn = 8;
    public const int OwnerColumn = 9;
    public const int EvidenceColumn = 10;
    public const int DueDateColumn = 11;
    public const int VersionColumn = 12;

    public static readonly string[] Headers =
    [
        "要求事項", "★", "カテゴリ", "項目ID", "要求事項（原文）", "状態", "理由・実施内容", "メモ", "担当者", "証跡", "是正期限", "版",
    ];

    public static string Letter(int column) => ((char)('A' + column - 1)).ToString();
}
