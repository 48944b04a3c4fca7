using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Server.Access;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /api/health</c> (open to all) and <c>GET /api/me</c> (who the key is).</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this RouteGroupBuilder api)
    {
        api.MapGet("/health", (TimeProvider clock) => TypedResults.Ok(new Health("ok", clock.GetUtcNow())))
            .AllowAnonymous()
            .WithSummary("Whether the server is up.");

        api.MapGet("/me", (HttpContext context) =>
            {
                Caller caller = Caller.Of(context.User);
                return TypedResults.Ok(new Me(caller.KeyId, caller.Role, caller.Party));
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("The caller's key id, role and party.");
    }

    /// <summary>The health answer.</summary>
    /// <param name="Status">Always <c>ok</c> when the server answers.</param>
    /// <param name="Time">The server's clock.</param>
    internal sealed record Health(string Status, DateTimeOffset Time);

    /// <summary>The caller.</summary>
    internal sealed record Me(string Id, Role Role, string? Party);
}
