using NetTopologySuite.Geometries;

namespace Vigil.Geo;

/// <summary>Which country a point lies in, and how it lies relative to Afghanistan's outline.</summary>
/// <param name="CountryIso">ISO 3166-1 alpha-2 code, or null when the point is outside the bundled data's reach.</param>
/// <param name="Location">
/// Relative to the country: <see cref="Location.Interior"/> inside, <see cref="Location.Boundary"/> exactly on
/// Afghanistan's border line (reported with <c>AF</c>), <see cref="Location.Exterior"/> when no country is known.
/// </param>
public readonly record struct CountryLocation(string? CountryIso, Location Location);
