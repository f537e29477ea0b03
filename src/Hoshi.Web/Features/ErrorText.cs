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
        "corporate_number" when e.Reason.Contains("already belongs", StringComparison.Ordinal) => Ui.T("この法人番号は、登録済みの別の取引先のものです。", "This corporate number belongs to another supplier in the register."),
        "corporate_number" when e.Reason.Contains("check digit", StringComparison.Ordinal) => Ui.T("法人番号の検査用数字（先頭の1桁）が一致しません。番号をご確認ください。", "The check digit (the first digit) of the corporate number does not match; check the number."),
        "corporate_number" => Ui.T("法人番号は13桁の数字で入力してください（先頭の検査用数字も含めて正しい番号かを確認しています）。", "Enter the 13-digit corporate number; its check digit is verified."),
        "contact_name" => Ui.T("連絡先の氏名を入力してください。", "Enter the contact's name."),
        "contact_email" => Ui.T("メールアドレスの形式で入力してください。", "Enter an e-mail address."),
        "contact_phone" => Ui.T("電話番号は数字とハイフンで入力してください。", "Enter the phone number with digits and hyphens."),
        "reasons" => Ui.T("この★を求める理由を書いてください。後から取引先や社内に説明できるよう記録します。", "Write why you require this ★; it is recorded so you can explain it later."),
        "decided_level" => Ui.T("3つの質問のいずれかが「はい」のため、★4より低い★にはできません。", "At least one answer is yes, so the ★ cannot be lower than ★4."),
        "required_level" => Ui.T("求める★（★3か★4）を選んでください。先に判定フローで決めておくと、依頼の理由を説明できます。", "Choose ★3 or ★4; deciding it with the decision tree first lets you explain why."),
        "due_on" => Ui.T("回答期限は、明日から1年以内の日付にしてください。", "The due date must be between tomorrow and a year from now."),
        "supplier" => Ui.T("この取引先には未完了の依頼があります。先に確認するか取り下げてください。", "This supplier has an open request; review or withdraw it first."),
        "comment" => Ui.T("差し戻し・却下の場合は、取引先に伝えるコメントを書いてください。", "Write a comment for the supplier when returning or rejecting."),
        "request" when e.Reason.Contains("revoked", StringComparison.Ordinal) => Ui.T("取引先が自己評価の共有を取り消したため、承認できません。差し戻すか却下してください。", "The supplier revoked the share, so the answer cannot be accepted; return or reject it."),
        "request" when e.Reason.Contains("reaches no", StringComparison.Ordinal) => Ui.T("この回答はどの★にも達していないため承認できません。差し戻すか却下してください。", "The answer reaches no ★, so it cannot be accepted; return or reject it."),
        "request" => Ui.T("この依頼は、すでに処理済みです。", "This request has already been handled."),
        "respondent_name" => Ui.T("回答者のお名前を入力してください。", "Enter your name."),
        "registration_number" => Ui.T("★の登録番号を入力してください。", "Enter the registration number of the ★."),
        "obtained_on" => Ui.T("取得日を正しく入力してください（未来の日付は入力できません）。", "Enter the date obtained (not in the future)."),
        "valid_until" => Ui.T("有効期限が過ぎています。期限内の★を申告してください。", "That ★ has expired; declare one still valid."),
        "level" => Ui.T("★3か★4を選んでください。", "Choose ★3 or ★4."),
        _ => e.Message,
    };
}
