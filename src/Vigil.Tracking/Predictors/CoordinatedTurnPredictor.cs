namespace Vigil.Tracking.Predictors;

/// <summary>
/// Kalman prediction under a coordinated turn at a known, constant turn rate ω in the horizontal
/// plane (Bar-Shalom, Li, Kirubarajan 2001, §11.7.1), with constant vertical velocity. Horizontally
/// the velocity rotates by ωΔt and the position follows the arc:
/// e' = e + (sin ωΔt / ω) v_e − ((1 − cos ωΔt) / ω) v_n, n' = n + ((1 − cos ωΔt) / ω) v_e + (sin ωΔt / ω) v_n.
/// The process noise is the white-noise-acceleration Q of <see cref="ConstantVelocityPredictor"/>.
/// Positive ω turns anticlockwise (to the left, from east towards north). With ω = 0 it is the CV model.
/// </summary>
public sealed class CoordinatedTurnPredictor : IPredictor
{
    private readonly double _omega;
    private readonly ConstantVelocityPredictor _noise;

    /// <summary>Creates a predictor turning at <paramref name="turnRateRadPerS"/> with the given process noise densities, m²/s³.</summary>
    public CoordinatedTurnPredictor(double turnRateRadPerS, double horizontalNoise, double verticalNoise)
    {
        if (!double.IsFinite(turnRateRadPerS))
        {
            throw new ArgumentOutOfRangeException(nameof(turnRateRadPerS), "The turn rate must be finite.");
        }

        _omega = turnRateRadPerS;
        _noise = new ConstantVelocityPredictor(horizontalNoise, verticalNoise);
    }

    /// <summary>The turn rate, rad/s.</summary>
    public double TurnRate => _omega;

    /// <inheritdoc />
    public void Predict(in GaussianState state, DateTimeOffset at, out GaussianState predicted)
    {
        double dt = (at - state.At).TotalSeconds;
        if (dt == 0 || _omega == 0)
        {
            _noise.Predict(state, at, out predicted);
            return;
        }

        double wt = _omega * dt, sin = Math.Sin(wt), cos = Math.Cos(wt);
        Matrix6 f = default;
        for (int i = 0; i < 6; i++)
        {
            f[7 * i] = 1;
        }

        f[(6 * 0) + 3] = sin / _omega;
        f[(6 * 0) + 4] = -(1 - cos) / _omega;
        f[(6 * 1) + 3] = (1 - cos) / _omega;
        f[(6 * 1) + 4] = sin / _omega;
        f[(6 * 2) + 5] = dt;
        f[(6 * 3) + 3] = cos;
        f[(6 * 3) + 4] = -sin;
        f[(6 * 4) + 3] = sin;
        f[(6 * 4) + 4] = cos;

        GaussianState p = default;
        p.At = at;
        Matrix6 fp = default;
        for (int r = 0; r < 6; r++)
        {
            double mean = 0;
            for (int k = 0; k < 6; k++)
            {
                mean += f[(6 * r) + k] * state.Mean[k];
            }

            p.Mean[r] = mean;
            for (int c = 0; c < 6; c++)
            {
                double sum = 0;
                for (int k = 0; k < 6; k++)
                {
                    sum += f[(6 * r) + k] * state.Covariance[(6 * k) + c];
                }

                fp[(6 * r) + c] = sum;
            }
        }

        // P' = (F P) Fᵀ + Q, where Q is what the CV predictor adds to a zero covariance.
        GaussianState zero = default;
        zero.At = state.At;
        _noise.Predict(zero, at, out GaussianState q);
        for (int r = 0; r < 6; r++)
        {
            for (int c = r; c < 6; c++)
            {
                double sum = 0;
                for (int k = 0; k < 6; k++)
                {
                    sum += fp[(6 * r) + k] * f[(6 * c) + k];
                }

                p.Covariance[(6 * r) + c] = sum + q.Covariance[(6 * r) + c];
                p.Covariance[(6 * c) + r] = p.Covariance[(6 * r) + c];
            }
        }

        predicted = p; // state is read to the end, so predicted may alias it
    }
}
