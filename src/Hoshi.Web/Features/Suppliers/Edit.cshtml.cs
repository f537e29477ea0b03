using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hoshi.Web.Features.Suppliers;

/// <summary>Adds a supplier to the register, or changes one; a colleague's newer save is never overwritten.</summary>
public sealed class EditModel(HoshiDbContext db, TimeProvider clock, SupplierCommands commands) : OrgPageModel(db, clock)
{
    protected override Access RequiredAccess => Access.Edit;

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty]
    public SupplierForm Form { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public bool IsNew => Id is null;

    public async Task OnGetAsync()
    {
        if (Id is { } id)
        {
            var supplier = await commands.RequireAsync(Org.Organization.Id, id);
            Form = SupplierForm.From(supplier);
            Version = supplier.Version;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Input problems come from the command's own checks, all at once; the browser's are switched off (novalidate).
        ModelState.Clear();
        foreach (var problem in Form.ToInput().Problems())
        {
            ModelState.AddModelError(SupplierForm.FieldOf(problem.Field), ErrorText.Of(problem));
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        try
        {
            var supplier = Id is { } id
                ? await commands.UpdateAsync(Org.Organization.Id, id, Form.ToInput(), Version, Actor)
                : await commands.CreateAsync(Org.Organization.Id, Form.ToInput(), Actor);
            return Redirect($"/o/{Org.Organization.Id}/suppliers/{supplier.Id}");
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError(SupplierForm.FieldOf(e.Field), ErrorText.Of(e));
        }
        catch (ConcurrencyConflictException e) when (e.Current is Supplier current)
        {
            ModelState.AddModelError("", Localization.Ui.T(
                $"この取引先は他の人が先に更新しました（{current.UpdatedAt:yyyy-MM-dd HH:mm} UTC）。最新の内容を読み込み直してから、変更をもう一度入力してください。",
                $"Someone else updated this supplier first ({current.UpdatedAt:yyyy-MM-dd HH:mm} UTC). Reload it and apply your change again."));
        }

        return Page();
    }
}
