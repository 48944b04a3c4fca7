using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Tracking.Tests;

public class MeasurementConverterTest
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 0, 0, TimeSpan.Zero);

    private static RadarSite Radar(double lat, double lon) => new()
    {
        Id = new SensorId("r"),
        Position = new GeoPoint(lat, lon, 1500),
        MaxRangeM = 20_000,
        RangeSigmaM = 10,
        AzimuthSigmaDeg = 0.25,
        ElevationSigmaDeg = 0.4,
        ProbabilityOfDetection = 0.9,
        FalseAlarmsPerScan = 1,
        ScanPeriod = TimeSpan.FromSeconds(1),
    };

    [Fact]
    public void Convert_NoiselessPlot_LandsOnTheTruePosition()
    {
        RadarSite radar = Radar(31.80, 69.27);
        var trackerFrame = new LocalFrame(new GeoPoint(31.78, 69.25, 1700));
        var converter = new MeasurementConverter(trackerFrame, [radar]);
        var target = new GeoPoint(31.79, 69.18, 2300);
        (double r, double az, double el) = Polar.FromEnu(new LocalFrame(radar.Position).ToEnu(target));

        Measurement m = converter.Convert(new Detection(radar.Id, T0, T0, r, az, el, -13), 0);
        Enu expected = trackerFrame.ToEnu(target);
        Assert.Equal(expected.East, m.Position[0], 6);
        Assert.Equal(expected.North, m.Position[1], 6);
        Assert.Equal(expected.Up, m.Position[2], 6);
    }

    [Fact]
    public void Convert_Covariance_MatchesMonteCarloInTheTrackerFrame()
    {
        // Draw noisy plots of one target, convert each, and compare the sample covariance of the
        // converted positions with the converter's covariance, entry by entry.
        RadarSite radar = Radar(31.80, 69.27);
        var trackerFrame = new LocalFrame(new GeoPoint(31.60, 69.00, 1000)); // 33 km away: rotated axes
        var converter = new MeasurementConverter(trackerFrame, [radar]);
        (double r, double az, double el) = Polar.FromEnu(new LocalFrame(radar.Position).ToEnu(new GeoPoint(31.79, 69.18, 2300)));
        Measurement nominal = converter.Convert(new Detection(radar.Id, T0, T0, r, az, el, double.NaN), 0);

        var rng = new Random(11);
        const int n = 100_000;
        var samples = new double[n, 3];
        var mean = new double[3];
        for (int i = 0; i < n; i++)
        {
            var d = new Detection(radar.Id, T0, T0,
                r + (10 * Gaussian(rng)),
                Angle.Normalize360(az + (0.25 * Gaussian(rng))),
                el + (0.4 * Gaussian(rng)),
                double.NaN);
            Measurement m = converter.Convert(d, 0);
            for (int k = 0; k < 3; k++)
            {
                samples[i, k] = m.Position[k];
                mean[k] += m.Position[k] / n;
            }
        }

        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                double c = 0;
                for (int i = 0; i < n; i++)
                {
                    c += (samples[i, a] - mean[a]) * (samples[i, b] - mean[b]);
                }

                c /= n - 1;
                double scale = Math.Sqrt(nominal.Covariance.At(a, a) * nominal.Covariance.At(b, b));
                Assert.True(Math.Abs(c - nominal.Covariance.At(a, b)) < 0.03 * scale,
                    $"cov[{a},{b}]: Monte Carlo {c:F1}, converter {nominal.Covariance.At(a, b):F1}");
            }
        }
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
