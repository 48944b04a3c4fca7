using Vigil.Core;

namespace Vigil.Geo;

/// <summary>
/// The WGS84 ellipsoid and conversions between geodetic and Earth-centred Earth-fixed coordinates.
/// Constants from NIMA TR8350.2 (third edition), table 3.1.
/// </summary>
public static class Wgs84
{
    /// <summary>Semi-major axis a in metres.</summary>
    public const double SemiMajorAxisM = 6378137.0;

    /// <summary>Flattening f = 1 / 298.257223563.</summary>
    public const double Flattening = 1.0 / 298.257223563;

    /// <summary>Semi-minor axis b = a(1 − f) in metres.</summary>
    public const double SemiMinorAxisM = SemiMajorAxisM * (1 - Flattening);

    /// <summary>First eccentricity squared e² = f(2 − f).</summary>
    public const double EccentricitySquared = Flattening * (2 - Flattening);

    /// <summary>Second eccentricity squared e'² = e² / (1 − e²).</summary>
    public const double SecondEccentricitySquared = EccentricitySquared / (1 - EccentricitySquared);

    /// <summary>Converts a geodetic position to ECEF.</summary>
    public static Ecef ToEcef(GeoPoint point)
    {
        double lat = Angle.ToRadians(point.LatitudeDeg);
        double lon = Angle.ToRadians(point.LongitudeDeg);
        double sinLat = Math.Sin(lat);
        double cosLat = Math.Cos(lat);
        double n = SemiMajorAxisM / Math.Sqrt(1 - (EccentricitySquared * sinLat * sinLat));
        double h = point.AltitudeM;
        return new Ecef(
            (n + h) * cosLat * Math.Cos(lon),
            (n + h) * cosLat * Math.Sin(lon),
            ((n * (1 - EccentricitySquared)) + h) * sinLat);
    }

    /// <summary>
    /// Converts ECEF to a geodetic position, by Bowring's (1976) parametric-latitude iteration, which
    /// reaches double precision in two or three steps for points near the Earth's surface.
    /// </summary>
    public static GeoPoint ToGeodetic(Ecef ecef)
    {
        double x = ecef.X, y = ecef.Y, z = ecef.Z;
        double p = Math.Sqrt((x * x) + (y * y));
        double lon = Math.Atan2(y, x);
        const double a = SemiMajorAxisM, b = SemiMinorAxisM;

        // Start from the parametric latitude of the spheroid point on the same ray.
        double beta = Math.Atan2(a * z, b * p);
        double lat = 0;
        for (int i = 0; i < 8; i++)
        {
            double sinB = Math.Sin(beta), cosB = Math.Cos(beta);
            lat = Math.Atan2(z + (SecondEccentricitySquared * b * sinB * sinB * sinB), p - (EccentricitySquared * a * cosB * cosB * cosB));
            double next = Math.Atan2((1 - Flattening) * Math.Sin(lat), Math.Cos(lat));
            if (Math.Abs(next - beta) < 1e-15)
            {
                break;
            }

            beta = next;
        }

        double sinLat = Math.Sin(lat), cosLat = Math.Cos(lat);
        double n = a / Math.Sqrt(1 - (EccentricitySquared * sinLat * sinLat));
        double h = Math.Abs(cosLat) > 1e-10
            ? (p / cosLat) - n
            : (Math.Abs(z) / Math.Abs(sinLat)) - (n * (1 - EccentricitySquared));
        return new GeoPoint(Angle.ToDegrees(lat), Angle.ToDegrees(lon), h);
    }
}
