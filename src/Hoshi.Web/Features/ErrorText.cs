using Hoshi.Data.Commands;
using Hoshi.Web.Localization;

namespace Hoshi.Web.Features;

/// <summary>
/// Refusals from the commands, in the user's language. The commands speak English for the command line and
/// logs; the pages say the same thing in Japanese (or English), keyed by the field the command names.
/// </summary>
public static class ErrorText
{
    public static string Of(ValidationException e) => e.Field switch
    {
        "corporate-number" => Ui.T("法人番号は13桁の数字で入力してください（先頭の検査用数字も含めて正しい番号かを確認しています）。", "Enter the 13-digit corporate number; its check digit is verified."),
        "period-end" => Ui.T("期間の終了日は、開始日より後の日付にしてください。", "The end of the period must come after its start."),
        "name" when e.Reason.Contains("already exists", StringComparison.Ordinal) => Ui.T("同じ名前の適用範囲が既にあります。一覧から選ぶか、別の名前にしてください。", "A scope with this name exists; choose it from the list or use another name."),
        "name" or "title" => Ui.T("名称を入力してください。", "Enter a name."),
        "target-level" => Ui.T("目標の★は、このカタログにある★3か★4を選んでください。", "Choose ★3 or ★4 as defined by the catalog."),
        "justification" => Ui.T("「対象外」にする理由を書いてください。理由が記入されていない「対象外」は、要求事項を満たしたものとして扱われません。", "Write why this is not applicable; without a reason it does not count as met."),
        "file" => Ui.T("この種類のファイルは証跡として登録できません（PDF、画像、Office文書、テキスト、CSV、ZIPが使えます）。", "This type of file cannot be stored as evidence (PDF, images, Office documents, text, CSV and ZIP can)."),
        "owner" => Ui.T("担当者を入力してください。", "Enter who does it."),
        "file-name" => Ui.T("ファイルを選んでください。", "Choose a file."),
        "due-date" => Ui.T("期限を入力してください。", "Enter a due date."),
        "assessment" => Ui.T("この自己評価はアーカイブ済みのため、変更できません。", "This assessment is archived and can no longer change."),
        _ => e.Message,
    };
}
