using Vigil.Tracking.Metrics;

namespace Vigil.Cli.Bench;

/// <summary>
/// Per-scan means of GOSPA (α = 2), its parts and OSPA over scans 0 … the last scan in either file,
/// as the benchmark's score.py computes them.
/// </summary>
internal sealed record BenchScore(
    int Scans, double Gospa, double Localisation, double Missed, double False,
    double MissedCount, double FalseCount, double TruthCount, double EstimateCount, double Ospa,
    int DistinctTruthIds, int DistinctTrackIds)
{
    /// <summary>Scores estimated tracks against truth, scan by scan.</summary>
    public static BenchScore Compute(IReadOnlyList<BenchScan> truth, IReadOnlyList<BenchScan> tracks, double c, double p)
    {
        var metric = new GospaMetric(c, p);
        int scans = Math.Max(truth.Count, tracks.Count);
        double gospa = 0, loc = 0, missed = 0, falses = 0, nMissed = 0, nFalse = 0, nTruth = 0, nEst = 0, ospa = 0;
        var truthIds = new HashSet<int>();
        var trackIds = new HashSet<int>();
        for (int k = 0; k < scans; k++)
        {
            BenchScan? t = k < truth.Count ? truth[k] : null;
            BenchScan? e = k < tracks.Count ? tracks[k] : null;
            GospaScore s = metric.Score(t?.X ?? [], t?.Y ?? [], e?.X ?? [], e?.Y ?? []);
            gospa += s.Gospa;
            loc += s.Localisation;
            missed += s.Missed;
            falses += s.False;
            nMissed += s.MissedCount;
            nFalse += s.FalseCount;
            nTruth += s.TruthCount;
            nEst += s.EstimateCount;
            ospa += s.Ospa;
            truthIds.UnionWith(t?.Ids ?? []);
            trackIds.UnionWith(e?.Ids ?? []);
        }

        double n = Math.Max(scans, 1);
        return new BenchScore(scans, gospa / n, loc / n, missed / n, falses / n, nMissed / n, nFalse / n, nTruth / n, nEst / n, ospa / n,
            truthIds.Count, trackIds.Count);
    }
}
