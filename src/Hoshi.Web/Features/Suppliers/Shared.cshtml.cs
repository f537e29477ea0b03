using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>
/// A supplier's assessment as shared with this buyer: read through the supplier's consent, which must still stand.
/// Shows the result and the status per criterion; never notes, owners or evidence files.
/// </summary>
public sealed class SharedModel(HoshiDbContext db, TimeProvider clock, SupplierCommands suppliers, SupplierRequestCommands requests, CatalogLibrary catalogs)
    : OrgPageModel(db, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    public Supplier Supplier { get; private set; } = null!;
    public Organization SharedBy { get; private set; } = null!;
    public Assessment Assessment { get; private set; } = null!;
    public AssessmentShare Share { get; private set; } = null!;
    public Evaluation Evaluation { get; private set; } = null!;
    public Catalog Catalog { get; private set; } = null!;
    public int RequiredLevel { get; private set; }
    public IReadOnlyDictionary<string, AnswerStatus> Statuses { get; private set; } = new Dictionary<string, AnswerStatus>();

    public async Task<IActionResult> OnGetAsync()
    {
        var org = Org.Organization.Id;
        Supplier = await suppliers.RequireAsync(org, Id);
        var request = await Db.SupplierRequests.AsNoTracking()
            .Where(r => r.OrganizationId == org && r.SupplierId == Id && r.ShareId != null)
            .OrderByDescending(r => r.AnsweredAt).FirstOrDefaultAsync();
        var share = request is null ? null
            : await Db.AssessmentShares.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.ShareId && s.BuyerOrganizationId == org && s.RevokedAt == null);
        if (request is null || share is null)
        {
            return NotFound();
        }

        Share = share;
        RequiredLevel = request.RequiredLevel;
        Assessment = await Db.RequireAssessmentAsync(share.OrganizationId, share.AssessmentId);
        SharedBy = await Db.RequireOrganizationAsync(share.OrganizationId);
        Catalog = catalogs.CatalogOf(Assessment);
        Evaluation = await requests.EvaluateForAsync(Assessment, RequiredLevel);
        Statuses = await Db.Answers.AsNoTracking()
            .Where(a => a.OrganizationId == share.OrganizationId && a.AssessmentId == share.AssessmentId)
            .ToDictionaryAsync(a => a.CriterionId, a => a.Status);
        return Page();
    }
}
