using Microsoft.AspNetCore.Authorization;

namespace Vigil.Server.Access;

/// <summary>
/// Who may do what. Every authenticated key reads; writes are by role. Party scoping (a liaison of
/// party A writes only as A) is checked by the endpoints, which know the party a write is for.
/// </summary>
public static class Policies
{
    /// <summary>Any valid key: reads.</summary>
    public const string Read = "read";

    /// <summary>Operators: acknowledge alerts and record responses.</summary>
    public const string Operate = "operate";

    /// <summary>Operators, liaisons and the facilitator: open incident records and upload evidence.</summary>
    public const string Open = "open";

    /// <summary>Liaisons (for their own party) and the facilitator (for any): add claims.</summary>
    public const string Claim = "claim";

    /// <summary>The facilitator: grade, change status, add reports.</summary>
    public const string Facilitate = "facilitate";

    /// <summary>Liaisons: acknowledge notifications sent to their party.</summary>
    public const string Liaise = "liaise";

    /// <summary>Witnesses: cosign checkpoints.</summary>
    public const string Cosign = "cosign";

    /// <summary>The roles each policy admits.</summary>
    public static IReadOnlyDictionary<string, Role[]> Admitted { get; } = new Dictionary<string, Role[]>
    {
        [Read] = [.. Roles.All],
        [Operate] = [Role.Operator],
        [Open] = [Role.Operator, Role.Liaison, Role.Facilitator],
        [Claim] = [Role.Liaison, Role.Facilitator],
        [Facilitate] = [Role.Facilitator],
        [Liaise] = [Role.Liaison],
        [Cosign] = [Role.Witness],
    };

    /// <summary>Registers every policy.</summary>
    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach ((string name, Role[] roles) in Admitted)
        {
            options.AddPolicy(name, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireRole([.. roles.Select(Roles.Name)]));
        }
    }
}
