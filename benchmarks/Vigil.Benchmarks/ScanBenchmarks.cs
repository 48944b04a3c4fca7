using BenchmarkDotNet.Attributes;
using Vigil.Tracking;

namespace Vigil.Benchmarks;

/// <summary>
/// One whole scan of the tracker in steady state (gating, clustering, assignment, updates, track
/// starts from clutter, misses and deletions), after 100 warm-up scans. Allocated bytes per
/// operation are the steady state's allocation per scan.
/// </summary>
[MemoryDiagnoser]
public class ScanBenchmarks
{
    private readonly List<TrackUpdate> _updates = new(4096);
    private Scene _scene = null!;
    private Tracker _tracker = null!;

    [Params(100, 1000)]
    public int Targets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scene = new Scene(Targets, clutterPerScan: 50);
        _tracker = Scene.NewTracker();
        for (int k = 0; k < 100; k++)
        {
            Scan();
        }
    }

    /// <summary>Makes the next scan's plots only: the part of <see cref="Scan"/> that is not tracking.</summary>
    [Benchmark]
    public int SceneOnly() => _scene.Next().Length;

    [Benchmark]
    public int Scan()
    {
        ReadOnlySpan<Measurement> plots = _scene.Next();
        DateTimeOffset at = _scene.Time;
        _updates.Clear();
        _tracker.Process(0, plots, _updates);
        _tracker.EndScan(Scene.Site.Id, at.AddSeconds(-0.5), at.AddSeconds(0.5), _updates);
        return plots.Length;
    }
}
