namespace Vigil.Geo;

/// <summary>
/// Conversions between a radar's polar measurement (slant range, azimuth clockwise from north,
/// elevation above the local horizontal) and a vector in the radar's own ENU frame.
/// </summary>
public static class Polar
{
    /// <summary>The polar coordinates of <paramref name="v"/> seen from the frame origin.</summary>
    /// <returns>Range in metres, azimuth in degrees [0, 360), elevation in degrees.</returns>
    public static (double RangeM, double AzimuthDeg, double ElevationDeg) FromEnu(Enu v)
    {
        double range = v.Length;
        double az = Angle.Normalize360(Angle.ToDegrees(Math.Atan2(v.East, v.North)));
        double el = Angle.ToDegrees(Math.Atan2(v.Up, v.HorizontalLength));
        return (range, az, el);
    }

    /// <summary>The ENU vector for a polar measurement.</summary>
    public static Enu ToEnu(double rangeM, double azimuthDeg, double elevationDeg)
    {
        double az = Angle.ToRadians(azimuthDeg);
        double el = Angle.ToRadians(elevationDeg);
        double ground = rangeM * Math.Cos(el);
        return new Enu(ground * Math.Sin(az), ground * Math.Cos(az), rangeM * Math.Sin(el));
    }
}
