using System.Globalization;
using System.Text.Json;
using Hoshi.Core.Evaluation;
using Hoshi.Web.Localization;

namespace Hoshi.Web.Features;

/// <summary>Formatting shared by pages: dates in the reader's language, times in Japan time, audit snapshots as readable values.</summary>
public static class Display
{
    private static readonly TimeZoneInfo Japan = FindJapan();

    /// <summary>A date as people write it: 2026年11月26日 in Japanese, 26 Nov 2026 in English.</summary>
    public static string Date(DateOnly date) =>
        date.ToString(Ui.IsEnglish ? "d MMM yyyy" : "yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>A date, or nothing when there is none.</summary>
    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>A stored UTC time in Japan time, with the date written as <see cref="Date(DateOnly)"/> does.</summary>
    public static string Time(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Japan);
        return $"{Date(DateOnly.FromDateTime(local))} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}" + (Japan == TimeZoneInfo.Utc ? " UTC" : "");
    }

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };

    /// <summary>The status recorded in an answer's audit snapshot, if any.</summary>
    public static AnswerStatus? StatusIn(string? snapshot)
    {
        if (snapshot is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(snapshot);
        return document.RootElement.TryGetProperty("status", out var status) && AnswerStatusNames.TryParse(status.GetString(), out var parsed) ? parsed : null;
    }

    private static TimeZoneInfo FindJapan()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
