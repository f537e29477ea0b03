using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Hoshi.Data;
using Hoshi.Data.Commands;
using Hoshi.Data.Entities;
using Hoshi.Data.Evidence;
using Hoshi.Hosting;
using Hoshi.Web.Features.Api;
using Hoshi.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.WebEncoders;

namespace Hoshi.Web.Hosting;

internal static class WebServices
{
    public const string LoginRateLimit = "login";

    public static void AddHoshiWeb(this WebApplicationBuilder builder)
    {
        var settings = WebSettings.Read(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(CatalogFiles.Load(settings));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new EvidenceStore(settings.EvidenceDirectory, settings.MaxEvidenceBytes));
        services.AddSingleton<SetupState>();
        // Pooled: a page asks for its context on every request, and building one costs more than resetting one.
        services.AddDbContextPool<HoshiDbContext>(options => HoshiDatabase.Configure(options, settings));
        services.AddScoped<OrganizationCommands>();
        services.AddScoped<AssessmentCommands>();
        services.AddScoped<AnswerCommands>();
        services.AddScoped<EvidenceCommands>();
        services.AddScoped<RemediationCommands>();
        services.AddScoped<MembershipCommands>();
        services.AddScoped<ApiTokenCommands>();
        services.AddScoped<CommentCommands>();
        services.AddSingleton(settings.SupplyChain);
        services.AddScoped<SupplierCommands>();
        services.AddScoped<SupplierRequestCommands>();
        services.AddScoped<SupplierChecklistCommands>();
        services.AddSingleton<Hoshi.Data.Security.ISecretProtector, DataProtectionSecretProtector>();
        services.AddScoped<SigningKeyCommands>();
        services.AddScoped<Features.Suppliers.Portfolio>();
        services.AddSingleton(Mail.MailSettings.Read(builder.Configuration));
        services.AddSingleton<Mail.Mailer>();
        services.AddScoped<Mail.SupplierReminders>();
        services.AddHostedService<Mail.ReminderSchedule>();
        services.AddScoped<AuthLog>();
        services.AddScoped<Features.Setup.DemoOrganization>();
        services.AddHttpContextAccessor();

        AddAccounts(services, settings);
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Hoshi API";
            document.Info.Description = "Assessments, answers, evaluation, evidence and remediation actions. Errors are RFC 9457 problem details. Authenticate with `Authorization: Bearer hoshi_…` (a token created on the API tokens page).";
            return Task.CompletedTask;
        }));

        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToFolder("/Setup");
            options.Conventions.AllowAnonymousToFolder("/Respond");   // suppliers answer through a secret link, without an account
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/TwoFactor");
            options.Conventions.AllowAnonymousToPage("/Error");
        });

        // Pages carry real Japanese characters instead of &#x...; escapes.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = new[] { new CultureInfo("ja-JP"), new CultureInfo("en") };
            o.DefaultRequestCulture = new RequestCulture("ja-JP");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sign-in attempts (POSTs) per source address: slows password spraying across accounts, which the
            // per-account lockout alone does not stop. Reading the form is never limited.
            o.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        var maxUpload = settings.MaxEvidenceBytes + (1024 * 1024);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxUpload);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = maxUpload);
    }

    private static void AddAccounts(IServiceCollection services, HoshiSettings settings)
    {
        services.AddIdentity<HoshiUser, IdentityRole<Guid>>(o =>
            {
                // The product meets the criteria it checks (requirements 27, 29, 30, 31).
                o.Password.RequiredLength = 10;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<HoshiDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<JapaneseIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "hoshi.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "hoshi.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        // Keys live with the data, so sign-ins survive a restart; they never leave the data folder.
        services.AddDataProtection()
            .SetApplicationName("Hoshi")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys")));
    }
}
