using Vigil.Tracking.Imm;
using Vigil.Tracking.Predictors;
using Vigil.Tracking.Updaters;

namespace Vigil.Tracking.Tests;

public class ImmTest
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 0, 0, TimeSpan.Zero);

    private static GaussianState State(double e, double n, double ve, double vn, double positionVariance, double velocityVariance)
    {
        GaussianState s = default;
        s.At = T0;
        s.Mean[0] = e;
        s.Mean[1] = n;
        s.Mean[3] = ve;
        s.Mean[4] = vn;
        for (int i = 0; i < 6; i++)
        {
            s.Covariance[(6 * i) + i] = i < 3 ? positionVariance : velocityVariance;
        }

        return s;
    }

    [Fact]
    public void CoordinatedTurn_NoNoise_FollowsTheCircleExactly()
    {
        // A target at (0, 0) heading east at 20 m/s turning left at ω: centre (0, v/ω), radius v/ω.
        double omega = 0.1, v = 20, t = 7;
        var predictor = new CoordinatedTurnPredictor(omega, 0, 0);
        predictor.Predict(State(0, 0, v, 0, 1, 1), T0.AddSeconds(t), out GaussianState p);
        double r = v / omega;
        Assert.Equal(r * Math.Sin(omega * t), p.Mean[0], 9);
        Assert.Equal(r - (r * Math.Cos(omega * t)), p.Mean[1], 9);
        Assert.Equal(v * Math.Cos(omega * t), p.Mean[3], 9);
        Assert.Equal(v * Math.Sin(omega * t), p.Mean[4], 9);
    }

    [Fact]
    public void CoordinatedTurn_TinyRate_MatchesConstantVelocity()
    {
        GaussianState s = State(100, 200, 15, -5, 400, 30);
        s.Covariance[3] = s.Covariance[18] = 20;
        new CoordinatedTurnPredictor(1e-9, 0.5, 0.1).Predict(s, T0.AddSeconds(3), out GaussianState ct);
        new ConstantVelocityPredictor(0.5, 0.1).Predict(s, T0.AddSeconds(3), out GaussianState cv);
        for (int i = 0; i < 36; i++)
        {
            Assert.Equal(cv.Covariance[i], ct.Covariance[i], 4);
        }

        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(cv.Mean[i], ct.Mean[i], 4);
        }
    }

    [Fact]
    public void Estimator_TransitionRowsMustSumToOne()
    {
        IPredictor cv = new ConstantVelocityPredictor(1, 1);
        Assert.Throws<ArgumentException>(() => new ImmEstimator([cv, cv], [0.9, 0.2, 0.1, 0.9], [0.5, 0.5], new KalmanUpdater()));
    }

    [Fact]
    public void Estimator_OnATurn_FavoursTheTurnModel_AndTracksBetterThanCv()
    {
        // 40 s straight east at 20 m/s, then 30 s of a left turn at 12°/s; noiseless 20 m positions.
        var options = new TrackerOptions { HorizontalProcessNoise = 0.25, VerticalProcessNoise = 1e-6 };
        ImmEstimator imm = ImmEstimator.From(new ImmOptions(), options, new KalmanUpdater());
        var cv = new ConstantVelocityPredictor(0.25, 1e-6);
        var updater = new KalmanUpdater();
        ImmModes modes = imm.NewModes();
        GaussianState start = State(0, 0, 20, 0, 400, 100);
        imm.Start(modes, start);
        GaussianState cvState = start;
        double omega = 12 * Math.PI / 180, x = 0, y = 0, heading = 0;
        double immError = 0, cvError = 0;
        for (int k = 1; k <= 70; k++)
        {
            if (k > 40)
            {
                heading += omega;
            }

            x += 20 * Math.Cos(heading - (k > 40 ? omega / 2 : 0));
            y += 20 * Math.Sin(heading - (k > 40 ? omega / 2 : 0));
            Measurement m = default;
            m.At = T0.AddSeconds(k);
            m.Position = Vector3.Of(x, y, 0);
            m.Covariance = Matrix3.Diagonal(400, 400, 1);
            Assert.True(imm.TryUpdate(modes, m, out GaussianState combined));
            cv.Predict(cvState, m.At, out GaussianState predicted);
            Assert.True(updater.TryUpdate(predicted, m, out cvState));
            Assert.Equal(1, modes.Probabilities.Sum(), 9);
            if (k == 40)
            {
                Assert.True(modes.Probabilities[0] > 0.5, $"straight flight: μ = [{string.Join(", ", modes.Probabilities)}]");
            }

            if (k > 50)
            {
                immError += Math.Sqrt(Math.Pow(combined.Mean[0] - x, 2) + Math.Pow(combined.Mean[1] - y, 2));
                cvError += Math.Sqrt(Math.Pow(cvState.Mean[0] - x, 2) + Math.Pow(cvState.Mean[1] - y, 2));
            }
        }

        Assert.True(modes.Probabilities[1] > 0.5, $"left turn: μ = [{string.Join(", ", modes.Probabilities)}]");
        Assert.True(immError < 0.5 * cvError, $"mean error in the turn: IMM {immError / 20:F1} m, CV {cvError / 20:F1} m");
    }
}
