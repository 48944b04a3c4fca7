namespace Vigil.Geo;

/// <summary>
/// A vector in a local east-north-up frame, in metres (or metres per second for a velocity). The
/// default value is the frame's origin.
/// </summary>
/// <param name="East">East component.</param>
/// <param name="North">North component.</param>
/// <param name="Up">Up component, along the ellipsoid normal at the frame's origin.</param>
public readonly record struct Enu(double East, double North, double Up)
{
    /// <summary>Horizontal length √(E² + N²).</summary>
    public double HorizontalLength => Math.Sqrt((East * East) + (North * North));

    /// <summary>Euclidean length.</summary>
    public double Length => Math.Sqrt((East * East) + (North * North) + (Up * Up));

    /// <summary>Component-wise sum.</summary>
    public static Enu operator +(Enu a, Enu b) => new(a.East + b.East, a.North + b.North, a.Up + b.Up);

    /// <summary>Component-wise difference.</summary>
    public static Enu operator -(Enu a, Enu b) => new(a.East - b.East, a.North - b.North, a.Up - b.Up);

    /// <summary>Scaling.</summary>
    public static Enu operator *(double s, Enu a) => new(s * a.East, s * a.North, s * a.Up);
}
