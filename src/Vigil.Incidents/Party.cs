namespace Vigil.Incidents;

/// <summary>
/// Someone who speaks about an incident or takes part in a supply chain: a side of the border, an
/// outlet, or another organisation. Compared by kind and exact name.
/// </summary>
public readonly record struct Party
{
    /// <summary>Creates a party.</summary>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public Party(PartyKind kind, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Kind = kind;
        Name = name;
    }

    /// <summary>What kind of party this is.</summary>
    public PartyKind Kind { get; }

    /// <summary>The party's name as recorded, e.g. <c>Pakistan</c>, <c>ISPR</c>, <c>Tolo News</c>.</summary>
    public string Name { get; }

    /// <summary>A side of the border.</summary>
    public static Party Side(string name) => new(PartyKind.Side, name);

    /// <summary>A news outlet.</summary>
    public static Party Outlet(string name) => new(PartyKind.Outlet, name);

    /// <summary>Another organisation: a manufacturer, a distributor, a facilitator, an NGO.</summary>
    public static Party Organisation(string name) => new(PartyKind.Organisation, name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
