using System.Runtime.CompilerServices;

namespace Vigil.Tracking;

/// <summary>
/// A 6-vector stored inline (no heap): the tracker's state [east, north, up, v_east, v_north, v_up]
/// in metres and metres per second. The default is zero.
/// </summary>
[InlineArray(6)]
public struct Vector6
{
    private double _element0;
}
