namespace Vigil.Tracking.Hypothesisers;

/// <summary>How well a measurement fits a track.</summary>
/// <param name="InGate">Whether the measurement falls inside the track's validation gate.</param>
/// <param name="Distance2">Squared Mahalanobis distance of the innovation.</param>
/// <param name="Cost">
/// Negative log-likelihood ratio of "this track's target caused it" against "clutter caused it":
/// −ln(P_D · N(ν; 0, S) / λ). Lower is better; meaningful only in the gate.
/// </param>
public readonly record struct Hypothesis(bool InGate, double Distance2, double Cost);
