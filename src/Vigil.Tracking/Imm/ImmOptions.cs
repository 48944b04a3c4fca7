namespace Vigil.Tracking.Imm;

/// <summary>
/// The interacting-multiple-model filter's models: constant velocity with the tracker's process
/// noise, and coordinated turns left and right at a fixed rate with a larger (manoeuvre) noise.
/// </summary>
public sealed record ImmOptions
{
    /// <summary>Turn rate of the two coordinated-turn models, °/s. Default 12.</summary>
    public double TurnRateDegPerS { get; init; } = 12;

    /// <summary>Horizontal process noise density of the turn models, m²/s³. Default 2.</summary>
    public double TurnProcessNoise { get; init; } = 2;

    /// <summary>Probability that the target keeps its motion model from one update to the next. Default 0.9.</summary>
    public double StayProbability { get; init; } = 0.9;

    /// <summary>Probability of the constant-velocity model when a track starts (the rest is split between the turns). Default 0.8.</summary>
    public double InitialCvProbability { get; init; } = 0.8;
}
