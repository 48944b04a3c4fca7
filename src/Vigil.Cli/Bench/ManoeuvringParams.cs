namespace Vigil.Cli.Bench;

/// <summary>
/// The parameters of a manoeuvring benchmark scenario, named as in the benchmark's META.json
/// <c>params</c>. The defaults are the "manoeuvring" preset: 20 drones alive at scan 0, 300 scans of
/// 1 s, seed 7, over a 50 km square seen with σ = 50 m, P_D = 0.9 and 50 clutter plots per scan.
/// </summary>
/// <param name="NTargets">Targets alive at scan 0, and the population the births keep it near (≥ 0).</param>
/// <param name="Scans">Scans 0 … Scans − 1 (≥ 1).</param>
/// <param name="Seed">Seed of every random draw: the same seed gives the same bytes.</param>
/// <param name="Area">Side of the square surveillance area [0, Area]², metres (&gt; 0).</param>
/// <param name="Dt">Scan interval, seconds (&gt; 0).</param>
/// <param name="Q">
/// Nominal NCV process-noise intensity, m²/s³, written to <c>params.q</c> for a constant-velocity
/// tracker to read. The truth does not use it: it flies the manoeuvres exactly.
/// </param>
/// <param name="Sigma">Measurement noise standard deviation per axis, metres (≥ 0).</param>
/// <param name="Pd">Probability of detecting each alive target per scan, in [0, 1].</param>
/// <param name="ClutterRate">Mean false detections per scan over the whole area (≥ 0).</param>
/// <param name="MeanLife">Mean target lifetime, scans (≥ 1): each target dies with probability 1/MeanLife per scan.</param>
internal sealed record ManoeuvringParams(
    int NTargets = 20,
    int Scans = 300,
    ulong Seed = 7,
    double Area = 50_000.0,
    double Dt = 1.0,
    double Q = 0.25,
    double Sigma = 50.0,
    double Pd = 0.9,
    double ClutterRate = 50.0,
    double MeanLife = 150.0);
