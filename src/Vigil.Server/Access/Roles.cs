namespace Vigil.Server.Access;

/// <summary>Role names as they appear in keys, claims and the CLI.</summary>
public static class Roles
{
    /// <summary>Every role, in declaration order.</summary>
    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    /// <summary>The wire name of <paramref name="role"/>: its member name in lower case.</summary>
    public static string Name(Role role) => role switch
    {
        Role.Operator => "operator",
        Role.Liaison => "liaison",
        Role.Facilitator => "facilitator",
        Role.Witness => "witness",
        Role.Observer => "observer",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The role named <paramref name="name"/> (exact, lower case).</summary>
    public static bool TryParse(string? name, out Role role)
    {
        foreach (Role r in All)
        {
            if (string.Equals(Name(r), name, StringComparison.Ordinal))
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>Whether a key of <paramref name="role"/> must name a party (liaisons and operators speak for one).</summary>
    public static bool NeedsParty(Role role) => role is Role.Liaison or Role.Operator;
}
