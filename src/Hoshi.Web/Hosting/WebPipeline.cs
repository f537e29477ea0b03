using Hoshi.Data;
using Hoshi.Hosting;
using Hoshi.Web.Features.Api;
using Hoshi.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hoshi.Web.Hosting;

internal static class WebPipeline
{
    public static async Task UseHoshiWebAsync(this WebApplication app)
    {
        await PrepareDatabaseAsync(app);

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        // The API answers with RFC 9457 problem details; pages with a readable error page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<SetupRedirect>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapAssessmentsApi();
        app.MapEvidenceApi();
        app.MapRemediationApi();
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
    }

    /// <summary>
    /// The embedded SQLite database is migrated at start, so a small firm never runs a command. A PostgreSQL
    /// server is migrated by its operator with `hoshi db migrate`; the host refuses to start on an old schema.
    /// </summary>
    private static async Task PrepareDatabaseAsync(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<HoshiSettings>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HoshiDbContext>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await HoshiDatabase.MigrateAsync(db, settings);
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            throw new InvalidOperationException("The PostgreSQL schema is not up to date: run `hoshi db migrate --db-provider postgres --db-connection ...` first.");
        }

        app.Services.GetRequiredService<SetupState>().IsComplete = await db.Users.AnyAsync();
    }
}
