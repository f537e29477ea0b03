using System.Text.RegularExpressions;
using Hoshi.Web.Localization;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>The import's refusals in Japanese: the commands and reader speak English; the common ones are said here.</summary>
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
            ("name", _) when reason.Contains("required", StringComparison.Ordinal) => "取引先名を入力してください。",
            ("corporate_number", _) when reason.Contains("already belongs", StringComparison.Ordinal) => "この法人番号は、登録済みの別の取引先のものです。",
            ("corporate_number", _) when reason.Contains("check digit", StringComparison.Ordinal) => "法人番号の検査用数字（先頭の1桁）が一致しません。",
            ("corporate_number", _) => "法人番号は13桁の数字で入力してください。",
            ("contact_email", _) => "メールアドレスの形式ではありません。",
            ("contact_phone", _) => "電話番号の形式ではありません（数字とハイフンで入力してください）。",
            ("important", _) => "「はい」か「いいえ」（空欄はいいえ）で入力してください。",
            ("id", _) when reason.Contains("twice", StringComparison.Ordinal) => "同じIDの行が2回あります。",
            ("id", _) => "このIDの取引先は登録されていません。新しく追加する行はIDを空欄にしてください。",
            (_, _) when reason.Contains("control characters", StringComparison.Ordinal) => "制御文字が含まれています。",
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
