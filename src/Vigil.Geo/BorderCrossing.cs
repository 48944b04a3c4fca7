using Vigil.Core;

namespace Vigil.Geo;

/// <summary>Where and when a path crossed a border line, in which direction, and the areas on each side.</summary>
/// <param name="Border">The border crossed.</param>
/// <param name="FromCountry">ISO 3166-1 alpha-2 code of the country left.</param>
/// <param name="ToCountry">ISO 3166-1 alpha-2 code of the country entered.</param>
/// <param name="Point">The crossing point (height interpolated along the path).</param>
/// <param name="At">The crossing instant, interpolated along the path.</param>
/// <param name="FromDistrict">The district left, when known.</param>
/// <param name="ToDistrict">The district entered, when known.</param>
/// <param name="FromProvince">The province left, when known.</param>
/// <param name="ToProvince">The province entered, when known.</param>
public readonly record struct BorderCrossing(
    Border Border,
    string FromCountry,
    string ToCountry,
    GeoPoint Point,
    DateTimeOffset At,
    AdminArea? FromDistrict,
    AdminArea? ToDistrict,
    AdminArea? FromProvince,
    AdminArea? ToProvince);
