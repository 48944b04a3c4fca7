namespace Vigil.Tracking.Updaters;

/// <summary>Combines a predicted state with a measurement taken at the prediction's time.</summary>
public interface IUpdater
{
    /// <summary>The innovation ν = z − Hx and its covariance S = HPHᵀ + R.</summary>
    void Innovation(in GaussianState prediction, in Measurement measurement, out Vector3 innovation, out Matrix3 covariance);

    /// <summary>The posterior state; false when the innovation covariance is singular.</summary>
    bool TryUpdate(in GaussianState prediction, in Measurement measurement, out GaussianState posterior);
}
