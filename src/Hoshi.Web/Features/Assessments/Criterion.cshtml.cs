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
/// The workspace's filter travels with the page, so previous/next and "save and next" follow the same list.
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

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Level { get; set; }

    [BindProperty]
    public AnswerForm Form { get; set; } = new();

    public WorkspaceFilter Current => WorkspaceFilter.Of(Filter, Category, Level);
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

    /// <param name="next">Set by "save and next": go on to the next criterion of the current filter.</param>
    public async Task<IActionResult> OnPostSaveAsync(bool next = false)
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
            return Redirect(!next ? PageUrl(CriterionId, "saved")
                : Next is { } following ? PageUrl(following, "saved")
                : PageUrl(CriterionId, "last"));
        }
        catch (ConcurrencyConflictException e)
        {
            Conflict = (Answer)e.Current;
            Form.Version = Conflict.Version;
            ModelState.Remove("Form.Version");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError(e.Field == "justification" ? "Form.Justification" : "", ErrorText.Of(e));
        }

        return Page();
    }

    /// <summary>The upload form carries the answer being typed, so uploading never loses it (see <see cref="ChangeAsync"/>).</summary>
    public Task<IActionResult> OnPostUploadAsync(IFormFile? file, DateOnly? expiresOn, string? description) =>
        ChangeAsync("upload", "evidence", "uploaded", async () =>
        {
            if (file is null || file.Length == 0)
            {
                throw new ValidationException("file-name", "choose a file");
            }

            await using var content = file.OpenReadStream();
            await evidence.AddToCriterionAsync(Org.Organization.Id, AssessmentId, CriterionId, content, new NewEvidence(file.FileName, description, expiresOn), Actor);
        });

    public Task<IActionResult> OnPostLinkAsync(Guid evidenceId) =>
        ChangeAsync("evidence", "evidence", "linked", () => evidence.LinkAsync(Org.Organization.Id, evidenceId, AssessmentId, CriterionId, Actor));

    public Task<IActionResult> OnPostUnlinkAsync(Guid evidenceId) =>
        ChangeAsync("evidence", "evidence", "unlinked", () => evidence.UnlinkAsync(Org.Organization.Id, evidenceId, AssessmentId, CriterionId, Actor));

    /// <summary>Sets or clears the expiry of a file linked here (an empty date clears it).</summary>
    public Task<IActionResult> OnPostExpiryAsync(Guid evidenceId, DateOnly? expiresOn) =>
        ChangeAsync("evidence", "evidence", "expiry", async () =>
        {
            if (!Linked.Any(f => f.Id == evidenceId))
            {
                throw new NotFoundException("evidence", evidenceId);
            }

            await evidence.SetExpiryAsync(Org.Organization.Id, evidenceId, expiresOn, Actor);
        });

    public Task<IActionResult> OnPostActionAsync(string? title, string? owner, DateOnly? dueDate) =>
        ChangeAsync("action", "actions", null, () =>
            remediation.CreateAsync(Org.Organization.Id, AssessmentId, new NewRemediation(CriterionId, title ?? "", owner ?? "", RequireDueDate(dueDate)), Actor));

    public Task<IActionResult> OnPostEditActionAsync(Guid actionId, int version, string? title, string? owner, DateOnly? dueDate, string? status) =>
        ChangeAsync("action", "actions", null, () => remediation.UpdateAsync(Org.Organization.Id, AssessmentId, RequireActionHere(actionId),
            new RemediationChange(title ?? "", owner ?? "", RequireDueDate(dueDate), RemediationStatusNames.Parse(status)), version, Actor));

    /// <summary>"Mark complete" (status done) and "reopen" (status open).</summary>
    public Task<IActionResult> OnPostActionStatusAsync(Guid actionId, int version, bool done) =>
        ChangeAsync("action", "actions", null, () => remediation.UpdateAsync(Org.Organization.Id, AssessmentId, RequireActionHere(actionId),
            new RemediationChange(Status: done ? RemediationStatus.Done : RemediationStatus.Open), version, Actor));

    public Task<IActionResult> OnPostDeleteActionAsync(Guid actionId, int version) =>
        ChangeAsync("action", "actions", "deleted", () => remediation.DeleteAsync(Org.Organization.Id, AssessmentId, RequireActionHere(actionId), version, Actor));

    public Task<IActionResult> OnPostCommentAsync(string? text) =>
        ChangeAsync("comment", "comments", null, () =>
            comments.AddAsync(Org.Organization.Id, AssessmentId, CriterionId, Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), text ?? "", Actor));

    public string BasePath => $"/o/{Org.Organization.Id}/assessments/{AssessmentId}";

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>This criterion's page (or another's), keeping the filter, with a flash key and an anchor.</summary>
    public string PageUrl(string criterionId, string? flash = null, string? anchor = null)
    {
        var query = Current.Query;
        if (flash is not null)
        {
            query += (query.Length == 0 ? "?" : "&") + flash + "=1";
        }

        return $"{BasePath}/criteria/{criterionId}{query}{(anchor is null ? "" : "#" + anchor)}";
    }

    /// <summary>
    /// Runs the change of one of the page's smaller forms. Done: back to the page, unless the form carried an
    /// answer that differs from the stored one (the upload and link forms carry it): then the page is shown again
    /// with the user's unsaved answer in place. Refused: the page with the reason, nothing changed.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(string errorKey, string anchor, string? flash, Func<Task> change)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var carried = Request.HasFormContentType && Request.Form.ContainsKey("Form.Version");
        try
        {
            await change();
            if (!carried || Form.SameAs(AnswerForm.From(Stored)))
            {
                return Redirect(PageUrl(CriterionId, flash, anchor));
            }

            await LoadAsync();
            Message = Ui.T("変更を反映しました。入力中の回答はまだ保存されていません。内容を確認して「保存」を押してください。",
                "Done. Your answer is not saved yet: check it and press “Save”.");
            return Page();
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(errorKey, Ui.T("この是正計画は、画面を開いた後に他の人が更新しました。最新の内容を確認してから、もう一度操作してください。",
                "Someone changed this action after you opened the page. Check the current state and try again."));
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError(errorKey, FieldMessage(e));
        }
        catch (EvidenceTooLargeException e)
        {
            ModelState.AddModelError(errorKey, Ui.T($"ファイルが大きすぎます（上限 {e.MaxBytes / (1024 * 1024)} MB）。", $"The file is too large (limit {e.MaxBytes / (1024 * 1024)} MB)."));
        }

        if (!carried)
        {
            Form = AnswerForm.From(Stored);
        }

        return Page();
    }

    private static DateOnly RequireDueDate(DateOnly? dueDate) => dueDate ?? throw new ValidationException("due-date", "is required");

    /// <summary>An action of this criterion; any other id is not found here.</summary>
    private Guid RequireActionHere(Guid actionId) =>
        Actions.Any(a => a.Id == actionId) ? actionId : throw new NotFoundException("remediation action", actionId);

    private static string FieldMessage(ValidationException e) => e.Field switch
    {
        "title" => Ui.T("対応内容を入力してください。", "Enter what will be done."),
        "text" => Ui.T("コメントを入力してください。", "Write a comment."),
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
        await FindNeighboursAsync();
        Message = Flashes.FirstOrDefault(f => Request.Query.ContainsKey(f.Key)).Value?.Invoke();
        return true;
    }

    /// <summary>
    /// Previous and next in the workspace's order among the criteria the filter shows. Measured from this
    /// criterion's place in the catalog, so they hold even when this one no longer matches (just answered).
    /// </summary>
    private async Task FindNeighboursAsync()
    {
        var filter = Current;
        var snapshot = filter.NeedsAnswers ? await AssessmentSnapshot.LoadAsync(Db, catalogs, Org.Organization.Id, AssessmentId) : null;
        var position = Catalog.CriteriaUpTo(Assessment.TargetLevel).Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var here = position[CriterionId];
        var shown = filter.Criteria(Catalog, Assessment.TargetLevel, snapshot);
        Previous = shown.LastOrDefault(c => position[c.Id] < here)?.Id;
        Next = shown.FirstOrDefault(c => position[c.Id] > here)?.Id;
    }

    private static readonly Dictionary<string, Func<string>> Flashes = new(StringComparer.Ordinal)
    {
        ["saved"] = () => Ui.T("保存しました。", "Saved."),
        ["last"] = () => Ui.T("保存しました。この絞り込み条件では、これが最後の項目です。", "Saved. This is the last criterion of the current filter."),
        ["uploaded"] = () => Ui.T("証跡を登録しました。", "Evidence stored."),
        ["linked"] = () => Ui.T("証跡を紐付けました。", "Evidence linked."),
        ["unlinked"] = () => Ui.T("証跡の紐付けを外しました（ファイルは残っています）。", "Evidence unlinked (the file is kept)."),
        ["expiry"] = () => Ui.T("有効期限を変更しました。", "Expiry changed."),
        ["deleted"] = () => Ui.T("是正計画を削除しました。", "Action deleted."),
    };

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

        /// <summary>The same answer, as the commands would store it (surrounding blanks do not count).</summary>
        public bool SameAs(AnswerForm other) =>
            Status == other.Status && Clean(Justification) == Clean(other.Justification) && Clean(Note) == Clean(other.Note) && Clean(Owner) == Clean(other.Owner);

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
