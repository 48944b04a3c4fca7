namespace Vigil.Incidents;

/// <summary>The part a party played in a component's supply chain.</summary>
public enum TraceRole
{
    /// <summary>Made it.</summary>
    Manufacturer,

    /// <summary>Distributed it in bulk.</summary>
    Distributor,

    /// <summary>Sold it on.</summary>
    Reseller,

    /// <summary>The declared end user.</summary>
    EndUser,
}
