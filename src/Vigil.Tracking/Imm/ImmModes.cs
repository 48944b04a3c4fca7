namespace Vigil.Tracking.Imm;

/// <summary>A track's interacting-multiple-model state: one Gaussian per motion model and the models' probabilities.</summary>
public sealed class ImmModes
{
    internal ImmModes(int models)
    {
        States = new GaussianState[models];
        Probabilities = new double[models];
    }

    /// <summary>The state conditioned on each model.</summary>
    public GaussianState[] States { get; }

    /// <summary>The probability of each model, summing to one.</summary>
    public double[] Probabilities { get; }
}
