namespace Vigil.Core;

/// <summary>
/// A position on the WGS84 ellipsoid: geodetic latitude and longitude in degrees and height above the
/// ellipsoid in metres. Latitude is in [-90, 90], longitude in [-180, 180]; the default value is
/// (0°, 0°, 0 m).
/// </summary>
public readonly struct GeoPoint : IEquatable<GeoPoint>
{
    /// <summary>Creates a point, validating the ranges.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Latitude or longitude is outside its range or not finite.</exception>
    public GeoPoint(double latitudeDeg, double longitudeDeg, double altitudeM = 0)
    {
        if (!(latitudeDeg >= -90 && latitudeDeg <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitudeDeg), latitudeDeg, "Latitude must be in [-90, 90] degrees.");
        }

        if (!(longitudeDeg >= -180 && longitudeDeg <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitudeDeg), longitudeDeg, "Longitude must be in [-180, 180] degrees.");
        }

        if (!double.IsFinite(altitudeM))
        {
            throw new ArgumentOutOfRangeException(nameof(altitudeM), altitudeM, "Altitude must be finite.");
        }

        LatitudeDeg = latitudeDeg;
        LongitudeDeg = longitudeDeg;
        AltitudeM = altitudeM;
    }

    /// <summary>Geodetic latitude in degrees, positive north.</summary>
    public double LatitudeDeg { get; }

    /// <summary>Longitude in degrees, positive east.</summary>
    public double LongitudeDeg { get; }

    /// <summary>Height above the WGS84 ellipsoid in metres.</summary>
    public double AltitudeM { get; }

    /// <summary>The same horizontal position at another height.</summary>
    public GeoPoint WithAltitude(double altitudeM) => new(LatitudeDeg, LongitudeDeg, altitudeM);

    /// <inheritdoc />
    public bool Equals(GeoPoint other) =>
        LatitudeDeg.Equals(other.LatitudeDeg) && LongitudeDeg.Equals(other.LongitudeDeg) && AltitudeM.Equals(other.AltitudeM);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GeoPoint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LatitudeDeg, LongitudeDeg, AltitudeM);

    /// <summary>Equality of all three components.</summary>
    public static bool operator ==(GeoPoint left, GeoPoint right) => left.Equals(right);

    /// <summary>Inequality of any component.</summary>
    public static bool operator !=(GeoPoint left, GeoPoint right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({LatitudeDeg:F6}, {LongitudeDeg:F6}, {AltitudeM:F1} m)");
}
