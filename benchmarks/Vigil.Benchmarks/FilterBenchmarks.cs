using BenchmarkDotNet.Attributes;
using Vigil.Tracking;
using Vigil.Tracking.Associators;
using Vigil.Tracking.Hypothesisers;
using Vigil.Tracking.Predictors;
using Vigil.Tracking.Updaters;

namespace Vigil.Benchmarks;

/// <summary>The tracker's inner steps, one call each: predict, update, gate, and the assignment of a cluster.</summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    private readonly ConstantVelocityPredictor _predictor = new(0.25, 1e-6);
    private readonly KalmanUpdater _updater = new();
    private MahalanobisHypothesiser _hypothesiser = null!;
    private GaussianState _state;
    private GaussianState _prediction;
    private Measurement _measurement;
    private readonly double[] _cost = new double[8 * 16];
    private readonly int[] _assignment = new int[8];

    [GlobalSetup]
    public void Setup()
    {
        _hypothesiser = new MahalanobisHypothesiser(_updater, MahalanobisHypothesiser.Gate999ThreeDof);
        _state.At = Scene.Start;
        _state.Mean[0] = 1_000;
        _state.Mean[1] = 2_000;
        _state.Mean[3] = 20;
        _state.Mean[4] = -10;
        for (int i = 0; i < 6; i++)
        {
            _state.Covariance[(6 * i) + i] = i < 3 ? 900 : 25;
        }

        _measurement = Scene.At(1_030, 1_980, Scene.Start.AddSeconds(1));
        _predictor.Predict(_state, _measurement.At, out _prediction);

        // An 8-track cluster against 8 plots plus one miss column per track (the GNN's shape).
        var rng = new Random(1);
        for (int i = 0; i < _cost.Length; i++)
        {
            int row = i / 16, column = i % 16;
            _cost[i] = column >= 8 ? (column - 8 == row ? 5 : double.PositiveInfinity) : rng.NextDouble() * 10;
        }
    }

    [Benchmark]
    public double Predict()
    {
        _predictor.Predict(_state, _measurement.At, out GaussianState predicted);
        return predicted.Mean[0];
    }

    [Benchmark]
    public double Update() => _updater.TryUpdate(_prediction, _measurement, out GaussianState posterior) ? posterior.Mean[0] : 0;

    [Benchmark]
    public double Gate() => _hypothesiser.Hypothesise(_prediction, _measurement, 0.9, 1e-8).Cost;

    [Benchmark]
    public double Assignment() => RectangularAssignment.Solve(_cost, 8, 16, _assignment);
}
