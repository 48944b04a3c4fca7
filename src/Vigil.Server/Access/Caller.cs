using System.Security.Claims;

namespace Vigil.Server.Access;

/// <summary>Who made a request: the key's id, its role and the party it speaks for.</summary>
/// <param name="KeyId">The API key's public id.</param>
/// <param name="Role">The key's role.</param>
/// <param name="Party">The party (ISO 3166-1 alpha-2 code) or null.</param>
public sealed record Caller(string KeyId, Role Role, string? Party)
{
    internal const string KeyIdClaim = "vigil:key";
    internal const string PartyClaim = "vigil:party";

    /// <summary>How records name the writer: <c>key k1a2b3c4d5e6f (liaison PK)</c>.</summary>
    public string By => Party is null ? $"key {KeyId} ({Roles.Name(Role)})" : $"key {KeyId} ({Roles.Name(Role)} {Party})";

    /// <summary>The caller of an authenticated request.</summary>
    public static Caller Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        string id = user.FindFirstValue(KeyIdClaim) ?? throw new InvalidOperationException("the request is not authenticated with an API key");
        Roles.TryParse(user.FindFirstValue(ClaimTypes.Role), out Role role);
        return new Caller(id, role, user.FindFirstValue(PartyClaim));
    }
}
