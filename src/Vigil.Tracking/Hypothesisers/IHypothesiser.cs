namespace Vigil.Tracking.Hypothesisers;

/// <summary>Scores a measurement against a track's state.</summary>
public interface IHypothesiser
{
    /// <summary>The hypothesis that <paramref name="measurement"/> belongs to the target whose state is <paramref name="state"/>.</summary>
    Hypothesis Hypothesise(in GaussianState state, in Measurement measurement, double detectionProbability, double clutterDensity);
}
