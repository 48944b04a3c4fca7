using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vigil.Server.Http;
using Vigil.Storage;

namespace Vigil.Server.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer KEY</c> against the stored keys (SHA-256). A missing or
/// unknown key is answered 401, a key whose role may not do the thing 403, both as problem+json.
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyRing keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("the Authorization header must be 'Bearer KEY'"));
        }

        ApiKey? key = keys.Find(header["Bearer ".Length..].Trim());
        if (key is null || !Roles.TryParse(key.Role, out _))
        {
            return Task.FromResult(AuthenticateResult.Fail("the API key is unknown or revoked"));
        }

        var claims = new List<Claim> { new(Caller.KeyIdClaim, key.Id), new(ClaimTypes.Role, key.Role) };
        if (key.Party is not null)
        {
            claims.Add(new Claim(Caller.PartyClaim, key.Party));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        AuthenticateResult result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        string detail = result.Failure?.Message ?? "this endpoint needs an API key: send 'Authorization: Bearer KEY'";
        Response.Headers.WWWAuthenticate = "Bearer";
        await Problems.Of(StatusCodes.Status401Unauthorized, "Unauthorized", detail).ExecuteAsync(Context).ConfigureAwait(false);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Caller caller = Caller.Of(Context.User);
        return Problems.Forbidden($"a {Roles.Name(caller.Role)} key may not {Context.Request.Method} {Context.Request.Path}").ExecuteAsync(Context);
    }
}
