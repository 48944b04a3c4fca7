using System.Runtime.CompilerServices;

namespace Vigil.Tracking.Updaters;

/// <summary>
/// The Kalman update for a position measurement, H = [I₃ 0₃]. The covariance takes the standard form
/// P⁺ = P − U S⁻¹ Uᵀ with U = P Hᵀ, evaluated on one triangle so it is exactly symmetric; should
/// rounding ever leave a non-positive variance, the Joseph form
/// P⁺ = (I − KH) P (I − KH)ᵀ + K R Kᵀ (positive semi-definite by construction) is used instead.
/// </summary>
/// <param name="josephForm">Always use the Joseph form (about three times the arithmetic).</param>
public sealed class KalmanUpdater(bool josephForm = false) : IUpdater
{
    /// <inheritdoc />
    public void Innovation(in GaussianState prediction, in Measurement measurement, out Vector3 innovation, out Matrix3 covariance)
    {
        innovation = default;
        covariance = default;
        for (int r = 0; r < 3; r++)
        {
            innovation[r] = measurement.Position[r] - prediction.Mean[r];
            for (int c = 0; c < 3; c++)
            {
                covariance[(3 * r) + c] = prediction.Covariance[(6 * r) + c] + measurement.Covariance[(3 * r) + c];
            }
        }
    }

    /// <inheritdoc />
    public bool TryUpdate(in GaussianState prediction, in Measurement measurement, out GaussianState posterior)
    {
        Unsafe.SkipInit(out posterior); // every field is written below
        Innovation(prediction, measurement, out Vector3 nu, out Matrix3 s);
        if (!s.TryInvert(out Matrix3 sInv))
        {
            return false;
        }

        // K = P Hᵀ S⁻¹ (6×3), stored row-major in 18 doubles; P Hᵀ is P's first three columns.
        Span<double> k = stackalloc double[18];
        ref readonly Matrix6 p = ref prediction.Covariance;
        double s00 = sInv[0], s01 = sInv[1], s02 = sInv[2], s11 = sInv[4], s12 = sInv[5], s22 = sInv[8];
        for (int r = 0; r < 6; r++)
        {
            double a = p[6 * r], b = p[(6 * r) + 1], c = p[(6 * r) + 2];
            k[3 * r] = (a * s00) + (b * s01) + (c * s02);
            k[(3 * r) + 1] = (a * s01) + (b * s11) + (c * s12);
            k[(3 * r) + 2] = (a * s02) + (b * s12) + (c * s22);
        }

        for (int r = 0; r < 6; r++)
        {
            posterior.Mean[r] = prediction.Mean[r] + (k[3 * r] * nu[0]) + (k[(3 * r) + 1] * nu[1]) + (k[(3 * r) + 2] * nu[2]);
        }

        // P⁺ = P − K Uᵀ, where Uᵀ = H P is P's first three rows.
        bool positive = true;
        for (int r = 0; r < 6; r++)
        {
            for (int c = r; c < 6; c++)
            {
                double v = p[(6 * r) + c] - (k[3 * r] * p[c]) - (k[(3 * r) + 1] * p[6 + c]) - (k[(3 * r) + 2] * p[12 + c]);
                posterior.Covariance[(6 * r) + c] = v;
                posterior.Covariance[(6 * c) + r] = v;
            }

            positive &= posterior.Covariance[7 * r] > 0;
        }

        if (josephForm || !positive)
        {
            Joseph(p, k, measurement.Covariance, ref posterior.Covariance);
        }

        posterior.At = measurement.At;
        return true;
    }

    private static void Joseph(in Matrix6 p, ReadOnlySpan<double> k, in Matrix3 rm, ref Matrix6 result)
    {
        // M = (I − KH) P = P − K P[0:3, :].
        Matrix6 m = default;
        for (int r = 0; r < 6; r++)
        {
            for (int c = 0; c < 6; c++)
            {
                m[(6 * r) + c] = p[(6 * r) + c]
                    - (k[3 * r] * p[c]) - (k[(3 * r) + 1] * p[6 + c]) - (k[(3 * r) + 2] * p[12 + c]);
            }
        }

        // P⁺ = M (I − KH)ᵀ + K R Kᵀ = M − M[:, 0:3] Kᵀ + K R Kᵀ.
        Span<double> kr = stackalloc double[18];
        for (int r = 0; r < 6; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                kr[(3 * r) + c] = (k[3 * r] * rm[c]) + (k[(3 * r) + 1] * rm[3 + c]) + (k[(3 * r) + 2] * rm[6 + c]);
            }
        }

        for (int r = 0; r < 6; r++)
        {
            for (int c = 0; c < 6; c++)
            {
                double mk = (m[6 * r] * k[3 * c]) + (m[(6 * r) + 1] * k[(3 * c) + 1]) + (m[(6 * r) + 2] * k[(3 * c) + 2]);
                double krk = (kr[3 * r] * k[3 * c]) + (kr[(3 * r) + 1] * k[(3 * c) + 1]) + (kr[(3 * r) + 2] * k[(3 * c) + 2]);
                result[(6 * r) + c] = m[(6 * r) + c] - mk + krk;
            }
        }

        result.Symmetrize();
    }
}
