using Vigil.Core;

namespace Vigil.Incidents;

/// <summary>
/// Where an incident happened, as precisely as it is known: a point, a district, a province or only a
/// country (UCDP-style precision). The names are those of the vendored admin areas and places.
/// </summary>
public sealed record IncidentLocation
{
    /// <summary>How precise the location is.</summary>
    public required PlacePrecision Precision { get; init; }

    /// <summary>
    /// The point: the place itself for <see cref="PlacePrecision.Point"/>, a label point inside the area
    /// otherwise; null when only the country is known.
    /// </summary>
    public GeoPoint? Point { get; init; }

    /// <summary>The country, ISO 3166-1 alpha-2 (<c>PK</c>); null when the place is not known at all.</summary>
    public string? Country { get; init; }

    /// <summary>The province (admin-1), when known.</summary>
    public string? Admin1 { get; init; }

    /// <summary>The district (admin-2), when known.</summary>
    public string? Admin2 { get; init; }

    /// <summary>The most precise name: the town, crossing or village, else the district or province.</summary>
    public string? Name { get; init; }
}
