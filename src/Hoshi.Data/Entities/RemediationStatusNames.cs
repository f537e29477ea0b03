namespace Hoshi.Data.Entities;

/// <summary>The names a remediation status is written with: a stable code for the API, and the Japanese and English labels.</summary>
public static class RemediationStatusNames
{
    private static readonly (RemediationStatus Status, string Code, string Ja, string En)[] Names =
    [
        (RemediationStatus.Open, "open", "未着手", "Open"),
        (RemediationStatus.InProgress, "in_progress", "対応中", "In progress"),
        (RemediationStatus.Done, "done", "完了", "Done"),
        (RemediationStatus.Cancelled, "cancelled", "中止", "Cancelled"),
    ];

    public static IEnumerable<RemediationStatus> All => Names.Select(n => n.Status);

    public static string Accepted => string.Join(", ", Names.Select(n => n.Code));

    public static string Code(this RemediationStatus status) => Names.Single(n => n.Status == status).Code;

    public static string Label(this RemediationStatus status, string language) =>
        language == "en" ? Names.Single(n => n.Status == status).En : Names.Single(n => n.Status == status).Ja;

    /// <summary>Reads a code (open, in_progress, done, cancelled); null for anything else.</summary>
    public static RemediationStatus? Parse(string? code) =>
        Names.Where(n => n.Code == code?.Trim()).Select(n => (RemediationStatus?)n.Status).FirstOrDefault();
}
