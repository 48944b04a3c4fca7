namespace Vigil.Incidents;

/// <summary>What kind of <see cref="Party"/> speaks or acts.</summary>
public enum PartyKind
{
    /// <summary>A side of the border: a state, its forces or its government.</summary>
    Side,

    /// <summary>A news outlet, domestic or foreign.</summary>
    Outlet,

    /// <summary>Any other organisation: a company in a supply chain, a facilitator, an NGO.</summary>
    Organisation,
}
