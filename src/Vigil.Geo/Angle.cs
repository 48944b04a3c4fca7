namespace Vigil.Geo;

/// <summary>Degree/radian conversions and angle normalisation.</summary>
public static class Angle
{
    /// <summary>Degrees to radians.</summary>
    public static double ToRadians(double degrees) => degrees * (Math.PI / 180.0);

    /// <summary>Radians to degrees.</summary>
    public static double ToDegrees(double radians) => radians * (180.0 / Math.PI);

    /// <summary>An angle in degrees brought into [0, 360).</summary>
    public static double Normalize360(double degrees)
    {
        double d = degrees % 360.0;
        if (d < 0)
        {
            d += 360.0;
        }

        return d >= 360.0 ? 0.0 : d;
    }

    /// <summary>An angle in radians brought into (−π, π].</summary>
    public static double WrapPi(double radians)
    {
        double r = Math.IEEERemainder(radians, 2 * Math.PI);
        return r <= -Math.PI ? r + (2 * Math.PI) : r;
    }
}
