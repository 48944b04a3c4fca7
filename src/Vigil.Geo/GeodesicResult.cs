using Vigil.Core;

namespace Vigil.Geo;

/// <summary>The solution of the inverse geodesic problem between two points.</summary>
/// <param name="Distance">Length of the geodesic on the WGS84 ellipsoid.</param>
/// <param name="InitialBearingDeg">Azimuth at the start, clockwise from north, [0, 360).</param>
/// <param name="FinalBearingDeg">Azimuth at the end (direction of travel there), [0, 360).</param>
public readonly record struct GeodesicResult(Distance Distance, double InitialBearingDeg, double FinalBearingDeg);
