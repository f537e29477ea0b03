using System.Text.Json;
using Hoshi.Core.Evaluation;

namespace Hoshi.Web.Features;

/// <summary>Formatting shared by pages: times in Japan time, audit snapshots as readable values.</summary>
public static class Display
{
    private static readonly TimeZoneInfo Japan = FindJapan();

    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Japan).ToString("yyyy-MM-dd HH:mm") + (Japan == TimeZoneInfo.Utc ? " UTC" : "");

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
