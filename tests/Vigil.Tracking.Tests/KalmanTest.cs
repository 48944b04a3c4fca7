using FsCheck;
using FsCheck.Fluent;
using Vigil.Tracking.Predictors;
using Vigil.Tracking.Updaters;

namespace Vigil.Tracking.Tests;

public class KalmanTest
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 0, 0, TimeSpan.Zero);

    private static GaussianState State(double[] mean, double[] diagonal)
    {
        GaussianState s = default;
        s.At = T0;
        for (int i = 0; i < 6; i++)
        {
            s.Mean[i] = mean[i];
            s.Covariance[(6 * i) + i] = diagonal[i];
        }

        return s;
    }

    [Fact]
    public void Predict_OneAxis_MatchesClosedForm()
    {
        // Per axis: x' = x + v dt; P' = F P Fᵀ + q [[dt³/3, dt²/2], [dt²/2, dt]].
        GaussianState s = State([100, -50, 10, 20, 5, -1], [25, 25, 100, 4, 4, 1]);
        var predictor = new ConstantVelocityPredictor(horizontalNoise: 2, verticalNoise: 0.5);
        predictor.Predict(s, T0.AddSeconds(3), out GaussianState p);

        Assert.Equal(160, p.Mean[0], 12);
        Assert.Equal(-35, p.Mean[1], 12);
        Assert.Equal(7, p.Mean[2], 12);
        Assert.Equal(20, p.Mean[3], 12);

        const double dt = 3, q = 2;
        Assert.Equal(25 + (dt * dt * 4) + (q * dt * dt * dt / 3), p.Covariance.At(0, 0), 9); // 25 + 36 + 18
        Assert.Equal((dt * 4) + (q * dt * dt / 2), p.Covariance.At(0, 3), 9);                 // 12 + 9
        Assert.Equal(4 + (q * dt), p.Covariance.At(3, 3), 9);                                  // 4 + 6
        Assert.Equal(100 + (dt * dt * 1) + (0.5 * dt * dt * dt / 3), p.Covariance.At(2, 2), 9);
        Assert.Equal(0, p.Covariance.At(0, 1), 12);
        Assert.Equal(T0.AddSeconds(3), p.At);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Predict_InPlace_MatchesPredictingIntoAnotherVariable(bool turn)
    {
        // A full covariance (every block coupled), so an element overwritten too early would show.
        GaussianState s = State([100, -50, 10, 20, 5, -1], [25, 36, 100, 4, 9, 1]);
        for (int r = 0; r < 6; r++)
        {
            for (int c = 0; c < 6; c++)
            {
                s.Covariance[(6 * r) + c] += r == c ? 0 : 0.5 + (0.1 * (r + c));
            }
        }

        IPredictor predictor = turn ? new CoordinatedTurnPredictor(0.2, 2, 0.5) : new ConstantVelocityPredictor(2, 0.5);
        predictor.Predict(s, T0.AddSeconds(2.5), out GaussianState expected);
        predictor.Predict(s, T0.AddSeconds(2.5), out s);

        Assert.Equal(expected.At, s.At);
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(expected.Mean[i], s.Mean[i]);
        }

        for (int i = 0; i < 36; i++)
        {
            Assert.Equal(expected.Covariance[i], s.Covariance[i]);
        }
    }

    [Fact]
    public void Update_DecoupledAxes_MatchesScalarKalman()
    {
        // With a diagonal prior and measurement noise each axis is a scalar filter:
        // K = P / (P + R), x⁺ = x + K (z − x), P⁺ = (1 − K) P; velocity gain = P_xv / (P + R).
        GaussianState s = State([0, 0, 0, 10, 0, 0], [100, 400, 900, 25, 25, 25]);
        s.Covariance[3] = s.Covariance[18] = 30; // cov(x, vx)
        Measurement m = default;
        m.At = T0;
        m.Position = Vector3.Of(10, -20, 30);
        m.Covariance = Matrix3.Diagonal(100, 100, 100);

        Assert.True(new KalmanUpdater().TryUpdate(s, m, out GaussianState u));
        Assert.Equal(5, u.Mean[0], 12);      // K = 0.5
        Assert.Equal(-16, u.Mean[1], 12);    // K = 0.8
        Assert.Equal(27, u.Mean[2], 12);     // K = 0.9
        Assert.Equal(10 + (30.0 / 200 * 10), u.Mean[3], 12);
        Assert.Equal(50, u.Covariance.At(0, 0), 9);
        Assert.Equal(80, u.Covariance.At(1, 1), 9);
        Assert.Equal(90, u.Covariance.At(2, 2), 9);
        Assert.Equal(15, u.Covariance.At(0, 3), 9);               // (1 − K) P_xv
        Assert.Equal(25 - (30.0 * 30 / 200), u.Covariance.At(3, 3), 9); // P_vv − P_xv² / (P + R)
    }

    [Fact]
    public void Update_StandardAndJosephForms_Agree()
    {
        GaussianState s = State([5, 6, 7, 10, -3, 0], [400, 300, 200, 90, 80, 10]);
        s.Covariance[3] = s.Covariance[18] = 50;
        s.Covariance[10] = s.Covariance[25] = -40;
        s.Covariance[1] = s.Covariance[6] = 20;
        Measurement m = default;
        m.At = T0;
        m.Position = Vector3.Of(30, -20, 10);
        m.Covariance = Matrix3.Diagonal(150, 250, 50);
        m.Covariance[1] = m.Covariance[3] = 30;

        Assert.True(new KalmanUpdater().TryUpdate(s, m, out GaussianState standard));
        Assert.True(new KalmanUpdater(josephForm: true).TryUpdate(s, m, out GaussianState joseph));
        for (int i = 0; i < 36; i++)
        {
            Assert.Equal(joseph.Covariance[i], standard.Covariance[i], 9);
        }

        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(joseph.Mean[i], standard.Mean[i], 12);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PredictThenUpdate_Sequences_KeepCovarianceSymmetricPositiveDefinite(bool josephForm)
    {
        var predictor = new ConstantVelocityPredictor(4, 1);
        var updater = new KalmanUpdater(josephForm);
        Prop.ForAll(
            Gen.Choose(1, 40).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (steps, seed) =>
            {
                var rng = new Random(seed);
                GaussianState s = State([0, 0, 0, 0, 0, 0], [1e4, 1e4, 1e4, 900, 900, 100]);
                for (int i = 0; i < steps; i++)
                {
                    predictor.Predict(s, s.At.AddSeconds(0.1 + (rng.NextDouble() * 5)), out s);
                    Measurement m = default;
                    m.At = s.At;
                    m.Position = Vector3.Of(rng.NextDouble() * 1000, rng.NextDouble() * 1000, rng.NextDouble() * 100);
                    double a = 1 + (rng.NextDouble() * 1e4), b = 1 + (rng.NextDouble() * 1e4), c = 1 + (rng.NextDouble() * 1e4);
                    m.Covariance = Matrix3.Diagonal(a, b, c);
                    m.Covariance[1] = m.Covariance[3] = 0.5 * Math.Sqrt(a * b) * ((2 * rng.NextDouble()) - 1);
                    if (!updater.TryUpdate(s, m, out s))
                    {
                        return false;
                    }
                }

                return Symmetric(s.Covariance) && PositiveDefinite(s.Covariance);
            }).QuickCheckThrowOnFailure();
    }

    internal static bool Symmetric(in Matrix6 m)
    {
        for (int r = 0; r < 6; r++)
        {
            for (int c = 0; c < 6; c++)
            {
                if (m.At(r, c) != m.At(c, r))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Cholesky succeeds exactly when a symmetric matrix is positive definite.</summary>
    internal static bool PositiveDefinite(in Matrix6 m)
    {
        var l = new double[6, 6];
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = m.At(i, j);
                for (int k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (i == j)
                {
                    if (!(sum > 0))
                    {
                        return false;
                    }

                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        return true;
    }
}
