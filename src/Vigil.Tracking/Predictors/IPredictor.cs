namespace Vigil.Tracking.Predictors;

/// <summary>Predicts a state forward (or, for a slightly late plot, backward) in time.</summary>
public interface IPredictor
{
    /// <summary>The state at <paramref name="at"/>.</summary>
    GaussianState Predict(in GaussianState state, DateTimeOffset at);
}
