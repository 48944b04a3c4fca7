using System.Runtime.CompilerServices;

namespace Vigil.Tracking.Predictors;

/// <summary>
/// Kalman prediction under the nearly-constant-velocity model with continuous white-noise
/// acceleration (Bar-Shalom, Li, Kirubarajan 2001, §6.2.2): per axis F = [[1, Δt], [0, 1]] and
/// Q = q [[Δt³/3, Δt²/2], [Δt²/2, Δt]], with one spectral density q for the two horizontal axes and
/// another for the vertical. A negative Δt (a plot measured just before the state's time) is
/// predicted backward with the noise of |Δt|.
/// </summary>
public sealed class ConstantVelocityPredictor : IPredictor
{
    private readonly double _qHorizontal;
    private readonly double _qVertical;

    /// <summary>Creates a predictor with the given process noise spectral densities, m²/s³.</summary>
    public ConstantVelocityPredictor(double horizontalNoise, double verticalNoise)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizontalNoise);
        ArgumentOutOfRangeException.ThrowIfNegative(verticalNoise);
        _qHorizontal = horizontalNoise;
        _qVertical = verticalNoise;
    }

    /// <inheritdoc />
    public void Predict(in GaussianState state, DateTimeOffset at, out GaussianState predicted)
    {
        double dt = (at - state.At).TotalSeconds;
        if (dt == 0)
        {
            predicted = state;
            return;
        }

        // Every element is written below, each after the elements of state it is computed from are
        // read, so predicted may alias state.
        Unsafe.SkipInit(out predicted);
        ref GaussianState p = ref predicted;
        p.At = at;
        for (int i = 0; i < 3; i++)
        {
            p.Mean[i] = state.Mean[i] + (dt * state.Mean[i + 3]);
            p.Mean[i + 3] = state.Mean[i + 3];
        }

        // P' = F P Fᵀ in 3×3 blocks P = [[A, B], [Bᵀ, C]]: A' = A + Δt(B + Bᵀ) + Δt²C, B' = B + ΔtC, C' = C.
        ref readonly Matrix6 c = ref state.Covariance;
        for (int r = 0; r < 3; r++)
        {
            for (int k = 0; k < 3; k++)
            {
                double a = c[(6 * r) + k], b = c[(6 * r) + k + 3], bt = c[(6 * (r + 3)) + k], cc = c[(6 * (r + 3)) + k + 3];
                p.Covariance[(6 * r) + k] = a + (dt * (b + bt)) + (dt * dt * cc);
                p.Covariance[(6 * r) + k + 3] = b + (dt * cc);
                p.Covariance[(6 * (r + 3)) + k] = bt + (dt * cc);
                p.Covariance[(6 * (r + 3)) + k + 3] = cc;
            }
        }

        double adt = Math.Abs(dt);
        for (int axis = 0; axis < 3; axis++)
        {
            double q = axis < 2 ? _qHorizontal : _qVertical;
            p.Covariance[(6 * axis) + axis] += q * adt * adt * adt / 3;
            p.Covariance[(6 * axis) + axis + 3] += q * dt * adt / 2;
            p.Covariance[(6 * (axis + 3)) + axis] += q * dt * adt / 2;
            p.Covariance[(6 * (axis + 3)) + axis + 3] += q * adt;
        }
    }
}
