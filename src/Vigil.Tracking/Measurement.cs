using Vigil.Core;

namespace Vigil.Tracking;

/// <summary>
/// A radar plot converted into the tracker's frame: a position with its covariance (see
/// <see cref="MeasurementConverter"/>), its time and the plot's RCS.
/// </summary>
public struct Measurement
{
    /// <summary>Position [e, n, u] in the tracker's frame, metres.</summary>
    public Vector3 Position;

    /// <summary>Covariance of <see cref="Position"/>, m².</summary>
    public Matrix3 Covariance;

    /// <summary>When it was measured.</summary>
    public DateTimeOffset At;

    /// <summary>The plot's RCS in dBsm, NaN when unknown.</summary>
    public double RcsDbsm;

    /// <summary>Index of the sensor in the tracker's sensor list.</summary>
    public int Sensor;
}
