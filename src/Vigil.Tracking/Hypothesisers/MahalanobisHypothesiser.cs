using Vigil.Tracking.Updaters;

namespace Vigil.Tracking.Hypothesisers;

/// <summary>
/// Gates a prediction on the squared Mahalanobis distance
/// d² = νᵀ S⁻¹ ν against a chi-square threshold (3 degrees of freedom).
/// </summary>
public sealed class MahalanobisHypothesiser : IHypothesiser
{
    private readonly IUpdater _updater;
    private readonly double _gate;

    /// <summary>Creates a hypothesiser gating at <paramref name="gateThreshold"/> (e.g. 16.27: P = 0.999 for 3 dof).</summary>
    public MahalanobisHypothesiser(IUpdater updater, double gateThreshold)
    {
        ArgumentNullException.ThrowIfNull(updater);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gateThreshold);
        _updater = updater;
        _gate = gateThreshold;
    }

    /// <inheritdoc />
    public Hypothesis Hypothesise(in GaussianState prediction, in Measurement measurement, double detectionProbability, double clutterDensity)
    {
        _updater.Innovation(prediction, measurement, out Vector3 nu, out Matrix3 s);
        if (!s.TryInvert(out Matrix3 sInv))
        {
            return new Hypothesis(false, double.PositiveInfinity, double.PositiveInfinity);
        }

        double d2 = sInv.Quadratic(nu);
        if (!(d2 <= _gate))
        {
            return new Hypothesis(false, d2, double.PositiveInfinity);
        }

        // −ln(P_D N(ν; 0, S) / λ) with ln N = −½ d² − ½ ln((2π)³ |S|).
        double cost = (0.5 * (d2 + Math.Log(s.Determinant()))) + LogTwoPiCubedHalf - Math.Log(detectionProbability / clutterDensity);
        return new Hypothesis(true, d2, cost);
    }

    /// <summary>½ ln((2π)³).</summary>
    private static readonly double LogTwoPiCubedHalf = 1.5 * Math.Log(2 * Math.PI);

    /// <summary>The chi-square quantile for 3 degrees of freedom at gate probability 0.999.</summary>
    public const double Gate999ThreeDof = 16.266;
}
