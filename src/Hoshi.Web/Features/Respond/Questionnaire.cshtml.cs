using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data.Commands;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Hoshi.Web.Features.Respond;

/// <summary>The questionnaire of the supplier portal: every criterion up to the ★ requested, one status each.</summary>
public sealed class QuestionnaireModel(SupplierRequestCommands requests, CatalogLibrary catalogs) : PortalPageModel(requests)
{
    public Catalog Catalog => catalogs.Resolve(Session.Request.CatalogKey)!;

    public IEnumerable<Requirement> Requirements => Catalog.Requirements.Where(r => r.Level <= Session.Request.RequiredLevel);

    /// <summary>Read from the form fields Status[criterion] and Justification[criterion] by <see cref="ReadAnswers"/>.</summary>
    public Dictionary<string, AnswerStatus> Status { get; } = [];

    public Dictionary<string, string?> Justification { get; } = [];

    [BindProperty]
    public string? Respondent { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>
    /// The answers as posted. Read by hand: a dictionary bound by the framework falls back to every form field
    /// when none matches, and reports its own English errors.
    /// </summary>
    private void ReadAnswers()
    {
        foreach (var criterion in Requirements.SelectMany(r => r.Criteria))
        {
            if (Enum.TryParse<AnswerStatus>(Request.Form[$"Status[{criterion.Id}]"].ToString(), out var status) && Enum.IsDefined(status))
            {
                Status[criterion.Id] = status;
            }

            if (Request.Form[$"Justification[{criterion.Id}]"].ToString() is { Length: > 0 } justification)
            {
                Justification[criterion.Id] = justification;
            }
        }
    }

    public IActionResult OnGet() => Session.Request.IsOpenForAnswer ? Page() : Redirect($"/respond/{Token}");

    public async Task<IActionResult> OnPostAsync()
    {
        ReadAnswers();
        var answers = Requirements.SelectMany(r => r.Criteria)
            .Select(c => new QuestionnaireAnswer(c.Id, Status.GetValueOrDefault(c.Id), Justification.GetValueOrDefault(c.Id)))
            .ToList();
        try
        {
            await Requests.AnswerQuestionnaireAsync(Token, Claim, answers, Respondent, Comment);
            return Redirect($"/respond/{Token}/done");
        }
        catch (ValidationException e)
        {
            var index = e.Field.StartsWith("answers[", StringComparison.Ordinal) && int.TryParse(e.Field[8..e.Field.IndexOf(']', StringComparison.Ordinal)], out var i) ? i : -1;
            ModelState.AddModelError("", index >= 0 && e.Field.EndsWith("justification", StringComparison.Ordinal)
                ? Ui.T($"{answers[index].CriterionId}: 「対象外」にする理由を書いてください。", $"{answers[index].CriterionId}: write why it is not applicable.")
                : ErrorText.Of(e));
            return Page();
        }
    }
}
