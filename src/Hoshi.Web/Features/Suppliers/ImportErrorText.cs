using System.Text.RegularExpressions;
using Hoshi.Data.Commands;
using Hoshi.Web.Localization;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>
/// The import's refusals in Japanese: the commands and reader speak English. What only a file can get wrong is
/// said here; a field's own check is said by <see cref="ErrorText"/>, as on the supplier form.
/// </summary>
public static partial class ImportErrorText
{
    public static string Of(string? field, string reason)
    {
        if (Ui.IsEnglish)
        {
            return reason;
        }

        if (AlsoOnLine().Match(reason) is { Success: true } also)
        {
            return $"ファイルの{also.Groups[1].Value}行目と同じ法人番号です。";
        }

        if (TooLong().Match(reason) is { Success: true } longer)
        {
            return $"{longer.Groups[1].Value}文字あります。{longer.Groups[2].Value}文字以内にしてください。";
        }

        return (field, reason) switch
        {
            ("important", _) => "「はい」か「いいえ」（空欄はいいえ）で入力してください。",
            ("id", _) when reason.Contains("twice", StringComparison.Ordinal) => "同じIDの行が2回あります。",
            ("id", _) => "このIDの取引先は登録されていません。新しく追加する行はIDを空欄にしてください。",
            (_, _) when reason.Contains("control characters", StringComparison.Ordinal) => "制御文字が含まれています。",
            // A field's own check says the same as on the supplier form.
            ("name" or "corporate_number" or "contact_email" or "contact_phone", _) => ErrorText.Of(new ValidationException(field, reason)),
            (null, _) when reason.StartsWith("unknown column", StringComparison.Ordinal) => $"知らない列名です: {reason["unknown column ".Length..]}",
            (null, _) when reason.Contains("appears twice", StringComparison.Ordinal) => "同じ列が2回あります。",
            (null, _) when reason.Contains("is required", StringComparison.Ordinal) => "「取引先名」の列が必要です。",
            (null, _) when reason.Contains("neither UTF-8 nor Shift_JIS", StringComparison.Ordinal) => "UTF-8でもShift_JISでもないため読めません。Excelでは「CSV UTF-8（コンマ区切り）」で保存してください。",
            (null, _) when reason.Contains("not an Excel workbook", StringComparison.Ordinal) => "読み込めるExcelファイル（.xlsx）ではありません。",
            (null, _) when reason.Contains("is empty", StringComparison.Ordinal) => "ファイルが空です。1行目に列名が必要です。",
            _ => reason,
        };
    }

    [GeneratedRegex(@"is also on line (\d+)")]
    private static partial Regex AlsoOnLine();

    [GeneratedRegex(@"is (\d+) characters long; at most (\d+)")]
    private static partial Regex TooLong();
}
