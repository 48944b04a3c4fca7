namespace Vigil.Cli.Bench;

/// <summary>
/// The nominal sensor and motion parameters of a benchmark scenario: the only part of its META.json
/// a tracker may read (<c>params.dt, q, sigma, pd, clutter_rate, area</c>), as an operator would
/// configure them. Never its <c>stats</c> and never truth.
/// </summary>
internal sealed record BenchParams(double Dt, double Q, double Sigma, double Pd, double ClutterRate, double Area);
