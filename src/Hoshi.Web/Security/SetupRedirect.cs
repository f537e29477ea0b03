namespace Hoshi.Web.Security;

/// <summary>Until the first administrator is created, every page leads to the setup page; afterwards setup is closed.</summary>
internal sealed class SetupRedirect(RequestDelegate next, SetupState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var isSetup = path.StartsWithSegments("/setup", StringComparison.OrdinalIgnoreCase);
        if (!state.IsComplete && !isSetup && !path.StartsWithSegments("/css") && !path.StartsWithSegments("/js") && !path.StartsWithSegments("/language") && !path.StartsWithSegments("/favicon.svg"))
        {
            context.Response.Redirect("/setup");
            return Task.CompletedTask;
        }

        if (state.IsComplete && isSetup)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
