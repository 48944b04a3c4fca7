namespace Vigil.Tracking;

/// <summary>
/// A Gaussian estimate of a target's state at an instant: mean [e, n, u, ve, vn, vu] in the tracker's
/// ENU frame (metres, m/s) and its covariance.
/// </summary>
public struct GaussianState
{
    /// <summary>The mean.</summary>
    public Vector6 Mean;

    /// <summary>The covariance (symmetric positive semi-definite).</summary>
    public Matrix6 Covariance;

    /// <summary>When the estimate holds.</summary>
    public DateTimeOffset At;
}
