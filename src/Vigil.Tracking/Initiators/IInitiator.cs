namespace Vigil.Tracking.Initiators;

/// <summary>Starts a state estimate from a measurement no track took.</summary>
public interface IInitiator
{
    /// <summary>The initial state for a new track.</summary>
    GaussianState Initiate(in Measurement measurement);
}
