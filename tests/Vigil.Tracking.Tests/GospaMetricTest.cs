using Vigil.Tracking.Metrics;

namespace Vigil.Tracking.Tests;

public class GospaMetricTest
{
    private static readonly GospaMetric Metric = new(c: 200, p: 1);

    [Fact]
    public void Score_Empty_IsZero()
    {
        GospaScore s = Metric.Score([], [], [], []);
        Assert.Equal(0, s.Gospa);
        Assert.Equal(0, s.Ospa);
    }

    [Fact]
    public void Score_OnePairWithinCutoff_IsItsDistance()
    {
        GospaScore s = Metric.Score([0], [0], [30], [40]);
        Assert.Equal(50, s.Gospa, 12);
        Assert.Equal(50, s.Localisation, 12);
        Assert.Equal(50, s.Ospa, 12);
    }

    [Fact]
    public void Score_MissedAndFalse_CostHalfTheCutoffEach()
    {
        // Truth at 0 and 1,000; one estimate near the first, one far from everything.
        GospaScore s = Metric.Score([0, 1000], [0, 0], [10, 5000], [0, 5000]);
        Assert.Equal(10 + 100 + 100, s.Gospa, 12);
        Assert.Equal((1, 1), (s.MissedCount, s.FalseCount));
        Assert.Equal((10 + 200) / 2.0, s.Ospa, 12);
    }

    [Fact]
    public void Score_AssignmentIsOptimal_NotGreedy()
    {
        // Truths at 0 and 20, estimates at 9 and −20. Nearest-first would pair 0–9 (9) and then
        // 20–(−20) (40): 49. The optimum pairs 20–9 (11) and 0–(−20) (20): 31.
        GospaScore s = Metric.Score([0, 20], [0, 0], [9, -20], [0, 0]);
        Assert.Equal(31, s.Gospa, 12);
    }

    [Fact]
    public void Score_OrderTwo_TakesTheRoot()
    {
        var metric = new GospaMetric(c: 100, p: 2);
        GospaScore s = metric.Score([0, 0], [0, 1000], [3], [4]);
        Assert.Equal(Math.Sqrt(25 + (10_000 / 2.0)), s.Gospa, 12);
    }
}
