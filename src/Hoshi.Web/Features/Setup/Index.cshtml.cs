using System.ComponentModel.DataAnnotations;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Web.Localization;
using Hoshi.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Features.Setup;

/// <summary>
/// First start: creates the first organization and its administrator. There is no default account; this page
/// exists only until an account does.
/// </summary>
public sealed class IndexModel(
    HoshiDbContext db, OrganizationCommands organizations, UserManager<HoshiUser> users, SignInManager<HoshiUser> signIn,
    SetupState state, DemoOrganization demo, TimeProvider clock, IConfiguration configuration, AuthLog log, MembershipCommands memberships) : PageModel
{
    [BindProperty]
    public SetupForm Form { get; set; } = new();

    public IActionResult OnGet()
    {
        Form.CreateDemo = configuration.GetValue<bool>("Hoshi:Demo");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Every problem at once: missing fields, every password rule broken, a mismatch, a wrong corporate number.
        if (Form.Password.Length > 0)
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, new HoshiUser { DisplayName = Form.DisplayName, UserName = Form.Email, Email = Form.Email }, Form.Password);
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError("Form.Password", error.Description);
                }
            }
        }

        if (Form.Password != Form.ConfirmPassword && Form.ConfirmPassword.Length > 0)
        {
            ModelState.AddModelError("Form.ConfirmPassword", Ui.T("確認用のパスワードが一致しません。", "The two passwords differ."));
        }

        try
        {
            OrganizationCommands.ValidateCorporateNumber(Form.CorporateNumber);
        }
        catch (Hoshi.Data.Commands.ValidationException e)
        {
            ModelState.AddModelError("Form.CorporateNumber", ErrorText.Of(e));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await db.Users.AnyAsync())
        {
            return NotFound();
        }

        var actor = new Actor(Form.Email);
        Organization organization;
        try
        {
            organization = await organizations.CreateAsync(Form.OrganizationName, Form.CorporateNumber, actor);
        }
        catch (Hoshi.Data.Commands.ValidationException e)
        {
            ModelState.AddModelError(e.Field == "corporate-number" ? "Form.CorporateNumber" : "Form.OrganizationName", ErrorText.Of(e));
            return Page();
        }

        var user = new HoshiUser
        {
            Id = Guid.CreateVersion7(),
            UserName = Form.Email,
            Email = Form.Email,
            DisplayName = Form.DisplayName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, Form.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Form.Password" : "Form.Email", error.Description);
            }

            return Page();
        }

        await memberships.AddAsync(organization.Id, new NewMembership(user.Id, MemberRole.Administrator), actor);
        if (Form.CreateDemo)
        {
            await demo.CreateAsync(user, actor);
        }

        await transaction.CommitAsync();
        state.IsComplete = true;
        await signIn.SignInAsync(user, isPersistent: false);
        await log.RecordAsync(AuthEventKind.SignInSucceeded, user.Email, user.Id, succeeded: true);
        return Redirect("/account/mfa?required=1");
    }

    public sealed class SetupForm
    {
        [RequiredText("組織名を入力してください。", "Enter the organization name.")]
        public string OrganizationName { get; set; } = "";

        public string? CorporateNumber { get; set; }

        [RequiredText("お名前を入力してください。", "Enter your name.")]
        public string DisplayName { get; set; } = "";

        [RequiredText("メールアドレスを入力してください。", "Enter your e-mail address.")]
        [EmailText]
        public string Email { get; set; } = "";

        [RequiredText("パスワードを入力してください。", "Enter a password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [RequiredText("確認用のパスワードを入力してください。", "Repeat the password.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";

        public bool CreateDemo { get; set; }
    }
}
