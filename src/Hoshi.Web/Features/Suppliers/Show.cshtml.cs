using Hoshi.Core.Catalogs;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>
/// One supplier: its register entry, why its ★ is required, the requests sent and their answers (reviewed here),
/// and the two per-supplier checklists.
/// </summary>
public sealed class ShowModel(
    HoshiDbContext db, TimeProvider clock, SupplierCommands suppliers, SupplierRequestCommands requests, SupplierChecklistCommands checklists,
    EvidenceCommands evidence, CatalogLibrary catalogs, Mail.Mailer mailer)
    : OrgPageModel(db, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Supplier Supplier { get; private set; } = null!;
    public IReadOnlyList<LevelDecision> Decisions { get; private set; } = [];
    public IReadOnlyList<SupplierRequest> Requests { get; private set; } = [];
    public SupplierRequest? Current => Requests.FirstOrDefault(r => r.Status is RequestStatus.Open or RequestStatus.Answered or RequestStatus.Returned);
    public AssessmentShare? CurrentShare { get; private set; }
    public DateOnly Today { get; private set; }
    public Catalog? Catalog => catalogs.Resolve(null);
    public IReadOnlyList<SupplierChecklistItem> ChecklistItems { get; private set; } = [];
    public IReadOnlyList<SupplierContact> Contacts { get; private set; } = [];

    [BindProperty]
    public ContactForm NewContact { get; set; } = new();
    public IReadOnlyDictionary<Guid, string> EvidenceNames { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The link of a request just sent: shown once, never stored.</summary>
    [TempData]
    public string? NewLink { get; set; }

    /// <summary>Where the link was mailed, when SMTP is configured and the supplier has a contact address.</summary>
    [TempData]
    public string? MailedTo { get; set; }

    [TempData]
    public bool MailFailed { get; set; }

    [BindProperty]
    public RequestForm Send { get; set; } = new();

    [BindProperty]
    public ReviewForm Review { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Send.RequiredLevel = Supplier.RequiredLevel ?? 3;
        Send.DueOn = Today.AddDays(30);
    }

    public async Task<IActionResult> OnPostSendAsync()
    {
        try
        {
            var (request, token) = await requests.SendAsync(Org.Organization.Id, Id, new RequestInput(Send.RequiredLevel, Send.DueOn ?? default, Send.Message), Actor);
            NewLink = $"{Request.Scheme}://{Request.Host}/respond/{token}";
            var supplier = await suppliers.RequireAsync(Org.Organization.Id, Id);
            if (mailer.IsConfigured && supplier.ContactEmail is { } to)
            {
                var (subject, body) = RequestMail.Compose(Org.Organization.Name, supplier, request, NewLink);
                MailedTo = await mailer.SendAsync(to, subject, body) ? to : null;
                MailFailed = MailedTo is null;
            }

            return Redirect($"/o/{Org.Organization.Id}/suppliers/{Id}#request");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", ErrorText.Of(e));
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid request, ReviewDecision decision, int version)
    {
        try
        {
            await requests.ReviewAsync(Org.Organization.Id, request, decision, Review.Comment, version, Actor);
            return Redirect($"/o/{Org.Organization.Id}/suppliers/{Id}");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", ErrorText.Of(e));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", Ui.T("この依頼は他の人が先に処理しました。画面を読み込み直して確認してください。", "Someone else handled this request first; reload and check."));
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid request)
    {
        try
        {
            await requests.WithdrawAsync(Org.Organization.Id, request, Actor);
            return Redirect($"/o/{Org.Organization.Id}/suppliers/{Id}");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", ErrorText.Of(e));
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostContactAddAsync()
    {
        try
        {
            await suppliers.AddContactAsync(Org.Organization.Id, Id, NewContact.Name, NewContact.Role, NewContact.Email, NewContact.Phone, Actor);
            return Redirect($"/o/{Org.Organization.Id}/suppliers/{Id}#contacts");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", ErrorText.Of(e));
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostContactRemoveAsync(Guid contact)
    {
        await suppliers.RemoveContactAsync(Org.Organization.Id, contact, Actor);
        return Redirect($"/o/{Org.Organization.Id}/suppliers/{Id}#contacts");
    }

    public async Task<IActionResult> OnPostChecklistStandardAsync(SupplierChecklist checklist) =>
        await ChecklistChangeAsync(() => checklists.AddStandardItemsAsync(Org.Organization.Id, Id, checklist, Actor), checklist);

    public async Task<IActionResult> OnPostChecklistAddAsync(SupplierChecklist checklist, string? title) =>
        await ChecklistChangeAsync(() => checklists.AddAsync(Org.Organization.Id, Id, checklist, title, Actor), checklist);

    public async Task<IActionResult> OnPostChecklistRemoveAsync(SupplierChecklist checklist, Guid item) =>
        await ChecklistChangeAsync(() => checklists.RemoveAsync(Org.Organization.Id, item, Actor), checklist);

    /// <summary>Saves one line: done or not, the date, a note, and optionally a new evidence file that replaces the old.</summary>
    public async Task<IActionResult> OnPostChecklistItemAsync(
        SupplierChecklist checklist, Guid item, int version, bool done, DateOnly? doneOn, string? note, Guid? evidenceId, IFormFile? file) =>
        await ChecklistChangeAsync(async () =>
        {
            if (file is { Length: > 0 })
            {
                await using var content = file.OpenReadStream();
                evidenceId = (await evidence.AddAsync(Org.Organization.Id, content, new NewEvidence(file.FileName, Ui.T("取引先チェックリストの証跡", "Supplier checklist evidence")), Actor)).Id;
            }

            await checklists.UpdateAsync(Org.Organization.Id, item, new ChecklistItemChange(done, doneOn, note, evidenceId, version), Actor);
        }, checklist);

    private async Task<IActionResult> ChecklistChangeAsync(Func<Task> change, SupplierChecklist checklist)
    {
        try
        {
            await change();
            return Redirect($"/o/{Org.Organization.Id}/suppliers/{Id}#checklist-{checklist}");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", ErrorText.Of(e));
        }
        catch (Hoshi.Data.Evidence.EvidenceTooLargeException)
        {
            ModelState.AddModelError("", Ui.T("ファイルが大きすぎます。", "The file is too large."));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", Ui.T("この項目は他の人が先に更新しました。読み込み直してから、もう一度入力してください。", "Someone else updated this line first; reload and enter it again."));
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        var org = Org.Organization.Id;
        Supplier = await suppliers.RequireAsync(org, Id);
        Decisions = await Db.LevelDecisions.AsNoTracking().Where(d => d.OrganizationId == org && d.SupplierId == Id).OrderByDescending(d => d.DecidedAt).ToListAsync();
        Requests = await Db.SupplierRequests.AsNoTracking().Where(r => r.OrganizationId == org && r.SupplierId == Id).OrderByDescending(r => r.CreatedAt).ToListAsync();
        Contacts = await Db.SupplierContacts.AsNoTracking().Where(c => c.OrganizationId == org && c.SupplierId == Id).OrderBy(c => c.CreatedAt).ToListAsync();
        ChecklistItems = await Db.SupplierChecklistItems.AsNoTracking().Where(i => i.OrganizationId == org && i.SupplierId == Id)
            .OrderBy(i => i.Checklist).ThenBy(i => i.SortOrder).ToListAsync();
        var evidenceIds = ChecklistItems.Where(i => i.EvidenceFileId != null).Select(i => i.EvidenceFileId!.Value).ToList();
        EvidenceNames = await Db.EvidenceFiles.AsNoTracking().Where(e => e.OrganizationId == org && evidenceIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.FileName);
        var latestShared = Requests.FirstOrDefault(r => r.ShareId != null)?.ShareId;
        CurrentShare = latestShared is { } shareId
            ? await Db.AssessmentShares.AsNoTracking().SingleOrDefaultAsync(s => s.Id == shareId && s.BuyerOrganizationId == org)
            : null;
    }

    public sealed class RequestForm
    {
        public int RequiredLevel { get; set; } = 3;
        public DateOnly? DueOn { get; set; }
        public string? Message { get; set; }
    }

    public sealed class ContactForm
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }
    }

    public sealed class ReviewForm
    {
        public string? Comment { get; set; }
    }
}
