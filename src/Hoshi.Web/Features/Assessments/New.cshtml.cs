using System.ComponentModel.DataAnnotations;
using Hoshi.Core.Catalogs;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Queries;
using Hoshi.Data.Security;
using Hoshi.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Assessments;

public sealed class NewModel(HoshiDbContext db, TimeProvider clock, AssessmentCommands commands, OrganizationCommands organizations, CatalogLibrary catalogs)
    : OrgPageModel(db, clock)
{
    protected override Access RequiredAccess => Access.Edit;

    [BindProperty]
    public NewAssessmentForm Form { get; set; } = new();

    /// <summary>The previous period's assessment to start from, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? From { get; set; }

    public Assessment? Previous { get; private set; }

    public IReadOnlyList<Scope> Scopes { get; private set; } = [];
    public IReadOnlyList<Catalog> Catalogs => catalogs.Catalogs;

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        Form.Title = Ui.T($"{today.Year}年度 自己評価", $"Assessment {today.Year}");
        Form.PeriodStart = today;
        Form.PeriodEnd = today.AddYears(1).AddDays(-1);
        Form.Catalog = catalogs.Resolve(null)?.Key;
        await LoadAsync();
        if (Previous is { } previous)
        {
            Form.TargetLevel = previous.TargetLevel;
            Form.ScopeId = previous.ScopeId;
            Form.Owner = previous.Owner;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        try
        {
            Guid? scopeId = Form.ScopeId;
            if (scopeId is null && !string.IsNullOrWhiteSpace(Form.NewScopeName))
            {
                scopeId = (await organizations.CreateScopeAsync(Org.Organization.Id, Form.NewScopeName, Form.NewScopeDescription, Actor)).Id;
            }

            var request = new NewAssessment(Form.Title, Form.TargetLevel, Form.Catalog, scopeId, Form.PeriodStart, Form.PeriodEnd, Form.Owner);
            var assessment = From is { } from
                ? await commands.StartNextPeriodAsync(Org.Organization.Id, from, request, Actor)
                : await commands.CreateAsync(Org.Organization.Id, request, Actor);
            return Redirect($"/o/{Org.Organization.Id}/assessments/{assessment.Id}");
        }
        catch (Hoshi.Data.Commands.ValidationException e)
        {
            ModelState.AddModelError("", ErrorText.Of(e));
        }
        catch (NotFoundException e)
        {
            ModelState.AddModelError("", e.Message);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Scopes = await Db.Scopes.Where(s => s.OrganizationId == Org.Organization.Id).OrderBy(s => s.Name).ToListAsync();
        Previous = From is { } from ? await Db.RequireAssessmentAsync(Org.Organization.Id, from) : null;
    }

    public sealed class NewAssessmentForm
    {
        [RequiredText("名称を入力してください。", "Enter a title.")]
        public string Title { get; set; } = "";

        [Range(3, 4)]
        public int TargetLevel { get; set; } = 3;

        public string? Catalog { get; set; }
        public Guid? ScopeId { get; set; }
        public string? NewScopeName { get; set; }
        public string? NewScopeDescription { get; set; }
        public DateOnly? PeriodStart { get; set; }
        public DateOnly? PeriodEnd { get; set; }
        public string? Owner { get; set; }
    }
}
