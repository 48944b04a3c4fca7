namespace Vigil.Tracking.Predictors;

/// <summary>Predicts a state forward (or, for a slightly late plot, backward) in time.</summary>
public interface IPredictor
{
    /// <summary>
    /// Writes the state at <paramref name="at"/> into <paramref name="predicted"/>, which may be the
    /// same variable as <paramref name="state"/> (to predict in place). An out parameter rather than a
    /// return value, so a prediction can be written straight into its slot in an array.
    /// </summary>
    void Predict(in GaussianState state, DateTimeOffset at, out GaussianState predicted);
}
