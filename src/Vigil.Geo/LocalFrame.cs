using Vigil.Core;

namespace Vigil.Geo;

/// <summary>
/// A local east-north-up tangent frame at a fixed origin. Conversions are exact (no flat-Earth
/// approximation): geodetic → ECEF → rotate. Round trips stay within a millimetre over hundreds of
/// kilometres. Immutable and thread-safe.
/// </summary>
public sealed class LocalFrame
{
    private readonly Ecef _originEcef;
    private readonly double _sinLat, _cosLat, _sinLon, _cosLon;
    private readonly double _meridianRadius, _primeVerticalRadius;

    /// <summary>Creates a frame whose origin is <paramref name="origin"/>.</summary>
    public LocalFrame(GeoPoint origin)
    {
        Origin = origin;
        _originEcef = Wgs84.ToEcef(origin);
        double lat = Angle.ToRadians(origin.LatitudeDeg);
        double lon = Angle.ToRadians(origin.LongitudeDeg);
        _sinLat = Math.Sin(lat);
        _cosLat = Math.Cos(lat);
        _sinLon = Math.Sin(lon);
        _cosLon = Math.Cos(lon);
        double w2 = 1 - (Wgs84.EccentricitySquared * _sinLat * _sinLat);
        _primeVerticalRadius = Wgs84.SemiMajorAxisM / Math.Sqrt(w2);
        _meridianRadius = _primeVerticalRadius * (1 - Wgs84.EccentricitySquared) / w2;
    }

    /// <summary>The frame's origin.</summary>
    public GeoPoint Origin { get; }

    /// <summary>The position of <paramref name="point"/> in this frame.</summary>
    public Enu ToEnu(GeoPoint point) => ToEnu(Wgs84.ToEcef(point));

    /// <summary>The position of an ECEF point in this frame.</summary>
    public Enu ToEnu(Ecef ecef) => RotateToEnu(ecef.X - _originEcef.X, ecef.Y - _originEcef.Y, ecef.Z - _originEcef.Z);

    /// <summary>The geodetic position of a point given in this frame.</summary>
    public GeoPoint ToGeodetic(Enu enu) => Wgs84.ToGeodetic(ToEcef(enu));

    /// <summary>
    /// The height above the ellipsoid of a point given in this frame, without trigonometry: the
    /// origin's height plus up plus the drop of the ellipsoid below the tangent plane,
    /// e²/2N + n²/2M with the radii of curvature at the origin. Within a metre of the exact value
    /// out to 60 km from the origin; for per-update use (classification), not for geometry.
    /// </summary>
    public double ApproximateHeight(Enu enu) =>
        Origin.AltitudeM + enu.Up + (enu.East * enu.East / (2 * _primeVerticalRadius)) + (enu.North * enu.North / (2 * _meridianRadius));

    /// <summary>The ECEF position of a point given in this frame.</summary>
    public Ecef ToEcef(Enu enu)
    {
        (double dx, double dy, double dz) = RotateToEcef(enu);
        return new Ecef(_originEcef.X + dx, _originEcef.Y + dy, _originEcef.Z + dz);
    }

    /// <summary>Rotates an ECEF difference vector (not a position) into this frame's axes.</summary>
    public Enu RotateToEnu(double dx, double dy, double dz) => new(
        (-_sinLon * dx) + (_cosLon * dy),
        (-_sinLat * _cosLon * dx) - (_sinLat * _sinLon * dy) + (_cosLat * dz),
        (_cosLat * _cosLon * dx) + (_cosLat * _sinLon * dy) + (_sinLat * dz));

    /// <summary>Rotates a vector given in this frame's axes into ECEF axes.</summary>
    public (double Dx, double Dy, double Dz) RotateToEcef(Enu v) => (
        (-_sinLon * v.East) - (_sinLat * _cosLon * v.North) + (_cosLat * _cosLon * v.Up),
        (_cosLon * v.East) - (_sinLat * _sinLon * v.North) + (_cosLat * _sinLon * v.Up),
        (_cosLat * v.North) + (_sinLat * v.Up));

    /// <summary>
    /// The 3×3 rotation taking vectors in <paramref name="from"/>'s axes to this frame's axes, row-major.
    /// Used to carry a measurement covariance from a sensor's frame into a tracker's frame.
    /// </summary>
    public double[] RotationFrom(LocalFrame from)
    {
        ArgumentNullException.ThrowIfNull(from);
        var r = new double[9];
        Span<Enu> axes = [new Enu(1, 0, 0), new Enu(0, 1, 0), new Enu(0, 0, 1)];
        for (int c = 0; c < 3; c++)
        {
            (double dx, double dy, double dz) = from.RotateToEcef(axes[c]);
            Enu v = RotateToEnu(dx, dy, dz);
            r[c] = v.East;
            r[3 + c] = v.North;
            r[6 + c] = v.Up;
        }

        return r;
    }
}
