using System.Security.Claims;
using System.Text.Encodings.Web;
using Hoshi.Data.Commands;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hoshi.Web.Features.Api;

/// <summary>
/// Authenticates API calls by `Authorization: Bearer hoshi_…`. The API accepts nothing else (no cookies), so a
/// browser session can never be ridden into it by another site.
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenCommands tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "HoshiToken";
    public const string OrganizationClaim = "hoshi:org";
    public const string TokenClaim = "hoshi:token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindValidAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("unknown, expired or revoked token");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.UserId.ToString()),
                new Claim(ClaimTypes.Name, $"api:{token.Prefix}"),
                new Claim(OrganizationClaim, token.OrganizationId.ToString()),
                new Claim(TokenClaim, token.Id.ToString()),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
