namespace Vigil.Tracking.Initiators;

/// <summary>
/// Starts a track at the measured position, with the measurement's covariance, and zero velocity
/// with a wide prior (σ up to the fastest expected target), so the second measurement fixes the
/// velocity: the Kalman form of two-point initiation.
/// </summary>
public sealed class SinglePointInitiator : IInitiator
{
    private readonly double _horizontalSpeedSigma;
    private readonly double _verticalSpeedSigma;

    /// <summary>Creates an initiator with the given velocity standard deviations, m/s.</summary>
    public SinglePointInitiator(double horizontalSpeedSigma, double verticalSpeedSigma)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizontalSpeedSigma);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(verticalSpeedSigma);
        _horizontalSpeedSigma = horizontalSpeedSigma;
        _verticalSpeedSigma = verticalSpeedSigma;
    }

    /// <inheritdoc />
    public GaussianState Initiate(in Measurement measurement)
    {
        GaussianState s = default;
        s.At = measurement.At;
        for (int r = 0; r < 3; r++)
        {
            s.Mean[r] = measurement.Position[r];
            for (int c = 0; c < 3; c++)
            {
                s.Covariance[(6 * r) + c] = measurement.Covariance[(3 * r) + c];
            }
        }

        s.Covariance[(6 * 3) + 3] = _horizontalSpeedSigma * _horizontalSpeedSigma;
        s.Covariance[(6 * 4) + 4] = _horizontalSpeedSigma * _horizontalSpeedSigma;
        s.Covariance[(6 * 5) + 5] = _verticalSpeedSigma * _verticalSpeedSigma;
        return s;
    }
}
