using System.Security.Claims;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Evidence;
using Hoshi.Data.Queries;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Assessments;

/// <summary>
/// One criterion: the official text with Hoshi's guidance beside it, the answer, evidence, actions and history.
/// Saving names the version the form was loaded with; a colleague's newer save is shown, never overwritten.
/// </summary>
public sealed class CriterionModel(
    HoshiDbContext db, TimeProvider clock, CatalogLibrary catalogs, AnswerCommands answers, EvidenceCommands evidence, RemediationCommands remediation,
    CommentCommands comments)
    : OrgPageModel(db, clock)
{
    /// <summary>Commenting needs less than editing: an outside assessor may comment but never change answers.</summary>
    protected override Access RequiredAccess =>
        HttpMethods.IsPost(Request.Method) && string.Equals(Request.Query["handler"], "Comment", StringComparison.OrdinalIgnoreCase)
            ? Access.Comment
            : base.RequiredAccess;

    [FromRoute(Name = "assessment")]
    public Guid AssessmentId { get; set; }

    [FromRoute(Name = "criterion")]
    public string CriterionId { get; set; } = "";

    [BindProperty]
    public AnswerForm Form { get; set; } = new();

    public Assessment Assessment { get; private set; } = null!;
    public Catalog Catalog { get; private set; } = null!;
    public Criterion Criterion { get; private set; } = null!;
    public RequirementGuidance? Guidance { get; private set; }
    public Answer? Stored { get; private set; }

    /// <summary>Set when a save met a newer version: what is stored now, to show beside the user's attempt.</summary>
    public Answer? Conflict { get; private set; }
    public IReadOnlyList<EvidenceFile> Linked { get; private set; } = [];
    public IReadOnlyList<EvidenceFile> Available { get; private set; } = [];
    public IReadOnlyList<RemediationAction> Actions { get; private set; } = [];
    public IReadOnlyList<AuditEvent> History { get; private set; } = [];
    public IReadOnlyList<Comment> Comments { get; private set; } = [];
    public string? Previous { get; private set; }
    public string? Next { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Form = AnswerForm.From(Stored);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!AnswerStatusNames.TryParse(Form.Status, out var status))
        {
            ModelState.AddModelError("Form.Status", Ui.T("状態を選んでください。", "Choose a status."));
            return Page();
        }

        try
        {
            await answers.SetAsync(Org.Organization.Id, AssessmentId,
                new AnswerChange(CriterionId, status, Form.Justification, Form.Note, Form.Owner, Form.Version), Actor);
            return Redirect($"{BasePath}/criteria/{CriterionId}?saved=1");
        }
        catch (ConcurrencyConflictException e)
        {
            Conflict = (Answer)e.Current;
            Form.Version = Conflict.Version;
            ModelState.Remove("Form.Version");
        }
        catch (Hoshi.Data.Commands.ValidationException e)
        {
            ModelState.AddModelError(e.Field == "justification" ? "Form.Justification" : "", FieldMessage(e));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, DateOnly? expiresOn, string? description)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("upload", Ui.T("ファイルを選んでください。", "Choose a file."));
            Form = AnswerForm.From(Stored);
            return Page();
        }

        try
        {
            await using var content = file.OpenReadStream();
            var stored = await evidence.AddAsync(Org.Organization.Id, content, new NewEvidence(file.FileName, description, expiresOn), Actor);
            await evidence.LinkAsync(Org.Organization.Id, stored.Id, AssessmentId, CriterionId, Actor);
            return Redirect($"{BasePath}/criteria/{CriterionId}?uploaded=1");
        }
        catch (Exception e) when (e is Hoshi.Data.Commands.ValidationException or EvidenceTooLargeException)
        {
            ModelState.AddModelError("upload", e is EvidenceTooLargeException tooLarge
                ? Ui.T($"ファイルが大きすぎます（上限 {tooLarge.MaxBytes / (1024 * 1024)} MB）。", $"The file is too large (limit {tooLarge.MaxBytes / (1024 * 1024)} MB).")
                : FieldMessage((Hoshi.Data.Commands.ValidationException)e));
            Form = AnswerForm.From(Stored);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid evidenceId)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        await evidence.LinkAsync(Org.Organization.Id, evidenceId, AssessmentId, CriterionId, Actor);
        return Redirect($"{BasePath}/criteria/{CriterionId}");
    }

    public async Task<IActionResult> OnPostActionAsync(string? title, string? owner, DateOnly? dueDate)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (dueDate is null)
        {
            ModelState.AddModelError("action", Ui.T("期限を入力してください。", "Enter a due date."));
            Form = AnswerForm.From(Stored);
            return Page();
        }

        try
        {
            await remediation.CreateAsync(Org.Organization.Id, AssessmentId, new NewRemediation(CriterionId, title ?? "", owner ?? "", dueDate.Value), Actor);
            return Redirect($"{BasePath}/criteria/{CriterionId}#actions");
        }
        catch (Hoshi.Data.Commands.ValidationException e)
        {
            ModelState.AddModelError("action", FieldMessage(e));
            Form = AnswerForm.From(Stored);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCommentAsync(string? text)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        try
        {
            var userId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
            await comments.AddAsync(Org.Organization.Id, AssessmentId, CriterionId, userId, text ?? "", Actor);
            return Redirect($"{BasePath}/criteria/{CriterionId}#comments");
        }
        catch (Hoshi.Data.Commands.ValidationException)
        {
            ModelState.AddModelError("comment", Ui.T("コメントを入力してください。", "Write a comment."));
            Form = AnswerForm.From(Stored);
            return Page();
        }
    }

    public string BasePath => $"/o/{Org.Organization.Id}/assessments/{AssessmentId}";

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    private static string FieldMessage(Hoshi.Data.Commands.ValidationException e) => e.Field switch
    {
        "title" => Ui.T("対応内容を入力してください。", "Enter what will be done."),
        _ => ErrorText.Of(e),
    };

    private async Task<bool> LoadAsync()
    {
        var organizationId = Org.Organization.Id;
        Assessment = await Db.RequireAssessmentAsync(organizationId, AssessmentId);
        Catalog = catalogs.CatalogOf(Assessment);
        var criterion = Catalog.FindCriterion(CriterionId);
        if (criterion is null || criterion.Level > Assessment.TargetLevel)
        {
            return false;
        }

        Criterion = criterion;
        Guidance = catalogs.GuidanceFor(Catalog, criterion.Requirement.Id);
        Stored = await Db.Answers.AsNoTracking().SingleOrDefaultAsync(a => a.OrganizationId == organizationId && a.AssessmentId == AssessmentId && a.CriterionId == CriterionId);
        Linked = await (
            from l in Db.EvidenceLinks
            join f in Db.EvidenceFiles on l.EvidenceFileId equals f.Id
            where l.OrganizationId == organizationId && l.AssessmentId == AssessmentId && l.CriterionId == CriterionId && f.OrganizationId == organizationId
            orderby f.UploadedAt
            select f).AsNoTracking().ToListAsync();
        var linkedIds = Linked.Select(f => f.Id).ToList();
        Available = await Db.EvidenceFiles.AsNoTracking()
            .Where(f => f.OrganizationId == organizationId && !linkedIds.Contains(f.Id))
            .OrderByDescending(f => f.UploadedAt).Take(200).ToListAsync();
        Actions = await Db.RemediationActions.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && r.AssessmentId == AssessmentId && r.CriterionId == CriterionId)
            .OrderBy(r => r.DueDate).ToListAsync();
        if (Stored is not null)
        {
            var answerId = Stored.Id.ToString();
            History = await Db.AuditEvents.AsNoTracking()
                .Where(e => e.OrganizationId == organizationId && e.EntityType == nameof(Answer) && e.EntityId == answerId)
                .OrderByDescending(e => e.Id).Take(50).ToListAsync();
        }

        Comments = await Db.Comments.AsNoTracking()
            .Where(c => c.OrganizationId == organizationId && c.AssessmentId == AssessmentId && c.CriterionId == CriterionId)
            .OrderBy(c => c.CreatedAt).ToListAsync();
        var scope = Catalog.CriteriaUpTo(Assessment.TargetLevel).Select(c => c.Id).ToList();
        var index = scope.IndexOf(CriterionId);
        Previous = index > 0 ? scope[index - 1] : null;
        Next = index < scope.Count - 1 ? scope[index + 1] : null;
        Message = Request.Query.ContainsKey("saved") ? Ui.T("保存しました。", "Saved.")
            : Request.Query.ContainsKey("uploaded") ? Ui.T("証跡を登録しました。", "Evidence stored.") : null;
        return true;
    }

    public sealed class AnswerForm
    {
        public string Status { get; set; } = "unanswered";
        public string? Justification { get; set; }
        public string? Note { get; set; }
        public string? Owner { get; set; }
        public int Version { get; set; }

        public static AnswerForm From(Answer? answer) => answer is null
            ? new AnswerForm()
            : new AnswerForm { Status = answer.Status.Code(), Justification = answer.Justification, Note = answer.Note, Owner = answer.Owner, Version = answer.Version };
    }
}
