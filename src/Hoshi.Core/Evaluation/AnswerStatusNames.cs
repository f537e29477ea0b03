namespace Hoshi.Core.Evaluation;

/// <summary>The names a status is written with: a stable code for files and APIs, and the Japanese and English labels.</summary>
public static class AnswerStatusNames
{
    private static readonly (AnswerStatus Status, string Code, string Ja, string En)[] Names =
    [
        (AnswerStatus.Unanswered, "unanswered", "未回答", "Unanswered"),
        (AnswerStatus.Implemented, "implemented", "実施済", "Implemented"),
        (AnswerStatus.Partial, "partial", "一部実施", "Partially implemented"),
        (AnswerStatus.NotImplemented, "not_implemented", "未実施", "Not implemented"),
        (AnswerStatus.NotApplicable, "not_applicable", "対象外", "Not applicable"),
    ];

    /// <summary>Every accepted spelling, for help and error texts.</summary>
    public static string Accepted => string.Join(", ", Names.Select(n => n.Code).Concat(Names.Select(n => n.Ja)));

    public static string Code(this AnswerStatus status) => Find(status).Code;

    public static string Label(this AnswerStatus status, string language) =>
        language == "en" ? Find(status).En : Find(status).Ja;

    /// <summary>Reads a code (implemented, not_applicable, …) or a Japanese label (実施済, 対象外, …).</summary>
    public static bool TryParse(string? text, out AnswerStatus status)
    {
        var value = text?.Trim() ?? "";
        foreach (var n in Names)
        {
            if (string.Equals(value, n.Code, StringComparison.OrdinalIgnoreCase) || value == n.Ja)
            {
                status = n.Status;
                return true;
            }
        }

        status = default;
        return false;
    }

    private static (AnswerStatus Status, string Code, string Ja, string En) Find(AnswerStatus status) =>
        Names.Single(n => n.Status == status);
}
