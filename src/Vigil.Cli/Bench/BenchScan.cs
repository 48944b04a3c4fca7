namespace Vigil.Cli.Bench;

/// <summary>
/// The rows of one scan of a benchmark CSV: the id column (det_id, truth_id or track_id, the third)
/// and positions in metres in the scenario's square.
/// </summary>
internal sealed record BenchScan(int Scan, double TimeS, int[] Ids, double[] X, double[] Y);
