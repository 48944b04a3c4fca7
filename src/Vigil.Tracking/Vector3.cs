using System.Runtime.CompilerServices;

namespace Vigil.Tracking;

/// <summary>A 3-vector stored inline (no heap). The default is zero.</summary>
[InlineArray(3)]
public struct Vector3
{
    private double _element0;

    /// <summary>Creates (x, y, z).</summary>
    public static Vector3 Of(double x, double y, double z)
    {
        Vector3 v = default;
        v[0] = x;
        v[1] = y;
        v[2] = z;
        return v;
    }
}
