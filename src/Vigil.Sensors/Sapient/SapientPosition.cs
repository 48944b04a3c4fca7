using Vigil.Core;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// Where a detection or alert is: an absolute WGS84 point (<see cref="Point"/> set) or a range and bearing from the
/// reporting node (<see cref="AzimuthDeg"/> set). Units are normalised to degrees and metres.
/// </summary>
/// <param name="Point">The absolute position; null for a range-bearing position.</param>
/// <param name="AltitudeAboveGeoid">True when the node gave the height above the geoid (datum WGS84_G) rather than the ellipsoid.</param>
/// <param name="LongitudeError">Error of x as sent (in the units of the node's coordinate system); null when absent.</param>
/// <param name="LatitudeError">Error of y as sent; null when absent.</param>
/// <param name="AltitudeErrorM">Error of the height in metres; null when absent.</param>
/// <param name="AzimuthDeg">Bearing from the node in degrees; null for an absolute position.</param>
/// <param name="ElevationDeg">Elevation from the node's horizon in degrees; null when absent.</param>
/// <param name="Range">Distance from the node; null when absent (bearing-only sensors).</param>
/// <param name="Datum">For a range-bearing position, which north the azimuth is measured from.</param>
public sealed record SapientPosition(
    GeoPoint? Point,
    bool AltitudeAboveGeoid,
    double? LongitudeError,
    double? LatitudeError,
    double? AltitudeErrorM,
    double? AzimuthDeg,
    double? ElevationDeg,
    Distance? Range,
    Proto.RangeBearingDatum Datum);
