using Hoshi.Core.Suppliers;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>METI's model decision tree as a guided form: three questions, other factors, the ★ decided and why.</summary>
public sealed class DecideModel(HoshiDbContext db, TimeProvider clock, SupplierCommands commands) : OrgPageModel(db, clock)
{
    protected override Access RequiredAccess => Access.Edit;

    [FromRoute]
    public Guid Id { get; set; }

    public Supplier Supplier { get; private set; } = null!;

    [BindProperty]
    public DecisionForm Form { get; set; } = new();

    public int Proposed => DecisionTree.Propose(Form.Q1 == true, Form.Q2 == true, Form.Q3 == true);

    public async Task OnGetAsync()
    {
        Supplier = await commands.RequireAsync(Org.Organization.Id, Id);
        var last = await Db.LevelDecisions.AsNoTracking().Where(d => d.OrganizationId == Org.Organization.Id && d.SupplierId == Id)
            .OrderByDescending(d => d.DecidedAt).FirstOrDefaultAsync();
        if (last is not null)
        {
            Form = new DecisionForm
            {
                Q1 = last.HandlesConfidentialInformation, Q2 = last.StopWouldDisruptBuyer, Q3 = last.CanReachBuyerSystems,
                OtherFactors = last.OtherFactors, DecidedLevel = last.DecidedLevel, Reasons = last.Reasons,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Supplier = await commands.RequireAsync(Org.Organization.Id, Id);
        foreach (var (answer, field) in new[] { (Form.Q1, nameof(Form.Q1)), (Form.Q2, nameof(Form.Q2)), (Form.Q3, nameof(Form.Q3)) })
        {
            if (answer is null)
            {
                ModelState.AddModelError($"Form.{field}", Localization.Ui.T("3つの質問すべてに「はい」か「いいえ」で答えてください。", "Answer all three questions yes or no."));
            }
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        try
        {
            await commands.DecideLevelAsync(Org.Organization.Id, Id,
                new LevelDecisionInput(Form.Q1!.Value, Form.Q2!.Value, Form.Q3!.Value, Form.OtherFactors, Form.DecidedLevel ?? Proposed, Form.Reasons), Actor);
            return Redirect($"/o/{Org.Organization.Id}/suppliers/{Id}#decision");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError("", ErrorText.Of(e));
            return Page();
        }
    }

    public sealed class DecisionForm
    {
        public bool? Q1 { get; set; }
        public bool? Q2 { get; set; }
        public bool? Q3 { get; set; }
        public string? OtherFactors { get; set; }
        public int? DecidedLevel { get; set; }
        public string? Reasons { get; set; }
    }
}
