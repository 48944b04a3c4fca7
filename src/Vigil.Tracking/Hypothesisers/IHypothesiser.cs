namespace Vigil.Tracking.Hypothesisers;

/// <summary>Scores a measurement against a track's prediction.</summary>
public interface IHypothesiser
{
    /// <summary>
    /// The hypothesis that <paramref name="measurement"/> belongs to the target whose state, predicted
    /// to the measurement's time, is <paramref name="prediction"/>. The caller predicts, so one
    /// prediction serves every measurement of the same time.
    /// </summary>
    Hypothesis Hypothesise(in GaussianState prediction, in Measurement measurement, double detectionProbability, double clutterDensity);
}
