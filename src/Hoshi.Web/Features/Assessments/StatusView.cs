using Hoshi.Core.Evaluation;
using Hoshi.Web.Localization;

namespace Hoshi.Web.Features.Assessments;

/// <summary>How a status looks: its label in the user's language and a CSS class for its colour.</summary>
public static class StatusView
{
    public static string Label(AnswerStatus status) => status.Label(Ui.Language);

    public static string CssClass(AnswerStatus status) => status switch
    {
        AnswerStatus.Implemented => "st-done",
        AnswerStatus.Partial => "st-partial",
        AnswerStatus.NotImplemented => "st-not",
        AnswerStatus.NotApplicable => "st-na",
        _ => "st-open",
    };

    public static string Stars(int? level) => level is { } l ? "★" + l : Ui.T("未達成", "none");
}
