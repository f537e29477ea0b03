using System.Security.Claims;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Respond;

/// <summary>
/// The supplier's side of a request: what is asked, and three ways to answer — share an assessment of its own
/// Hoshi organization, fill in the questionnaire, or declare a ★ already obtained.
/// </summary>
public sealed class IndexModel(SupplierRequestCommands requests, HoshiDbContext db, TimeProvider clock, EvidenceCommands evidence) : PortalPageModel(requests)
{
    /// <summary>Assessments the signed-in person may share: those of organizations where they may edit.</summary>
    public IReadOnlyList<(Organization Organization, Assessment Assessment)> Shareable { get; private set; } = [];

    [BindProperty]
    public DeclarationForm Declaration { get; set; } = new();

    [BindProperty]
    public string? Respondent { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadShareableAsync();
    }

    public async Task<IActionResult> OnPostDeclareAsync()
    {
        try
        {
            await Requests.DeclareAsync(Token, Claim, new DeclarationInput(Declaration.Level, Declaration.RegistrationNumber, Declaration.ObtainedOn,
                Declaration.ValidUntil, Respondent, Comment));
            return Redirect($"/respond/{Token}/done");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", ErrorText.Of(e));
        }

        await LoadShareableAsync();
        return Page();
    }

    /// <summary>A signed attestation from the supplier's own Hoshi: verified, then kept as the buyer's evidence.</summary>
    public async Task<IActionResult> OnPostAttestationAsync(IFormFile? file)
    {
        if (await AttestationUpload.ReadAsync(file) is not { } bytes)
        {
            ModelState.AddModelError("", AttestationUpload.Refusal);
            await LoadShareableAsync();
            return Page();
        }

        try
        {
            var actor = new Actor($"supplier:{Respondent?.Trim()}");
            await Requests.AnswerWithAttestationAsync(Token, Claim, bytes,
                async () => (await evidence.AddAsync(Session.Request.OrganizationId, new MemoryStream(bytes),
                    new NewEvidence(Path.GetFileName(file!.FileName), Ui.T($"{Session.SupplierName} の署名付き証明書", $"Signed attestation of {Session.SupplierName}")), actor)).Id,
                Respondent, Comment);
            return Redirect($"/respond/{Token}/done");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", e.Field == "attestation"
                ? Ui.T("証明書を検証できませんでした。Hoshiで出力したファイルを、変更せずにそのままアップロードしてください。", "The attestation does not verify. Upload the file exactly as Hoshi exported it.") + " (" + e.Reason + ")"
                : ErrorText.Of(e));
        }

        await LoadShareableAsync();
        return Page();
    }

    /// <param name="choice">"organization-id:assessment-id" of the assessment chosen.</param>
    public async Task<IActionResult> OnPostShareAsync(string? choice)
    {
        await LoadShareableAsync();
        var parts = (choice ?? "").Split(':');
        var organization = parts.Length == 2 && Guid.TryParse(parts[0], out var o) ? o : Guid.Empty;
        var assessment = parts.Length == 2 && Guid.TryParse(parts[1], out var a) ? a : Guid.Empty;
        if (!Shareable.Any(s => s.Organization.Id == organization && s.Assessment.Id == assessment))
        {
            // Not signed in, or not allowed to edit there: the same answer as an assessment that does not exist.
            return NotFound();
        }

        try
        {
            await Requests.ShareAsync(Token, Claim, organization, assessment, new Actor(User.Identity!.Name!), Comment);
            return Redirect($"/respond/{Token}/done");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", ErrorText.Of(e));
        }

        return Page();
    }

    private async Task LoadShareableAsync()
    {
        if (!Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).ToListAsync();
        var editable = memberships.Where(m => m.Allows(Access.Edit, null, now) && m.OrganizationId != Session.Request.OrganizationId)
            .Select(m => m.OrganizationId).ToList();
        var rows = await (
            from a in db.Assessments.AsNoTracking()
            join o in db.Organizations.AsNoTracking() on a.OrganizationId equals o.Id
            where editable.Contains(a.OrganizationId) && a.Status != AssessmentStatus.Archived
            orderby o.Name, a.CreatedAt descending
            select new { o, a }).ToListAsync();
        Shareable = rows.Select(r => (r.o, r.a)).ToList();
    }

    public sealed class DeclarationForm
    {
        public int Level { get; set; } = 3;
        public string? RegistrationNumber { get; set; }
        public DateOnly? ObtainedOn { get; set; }
        public DateOnly? ValidUntil { get; set; }
    }
}
