using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Geo.Tests;

public class LocalFrameTest
{
    private static readonly GeoPoint Origin = new(34.0, 71.5, 1200);

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(300_000, 0, 0)]
    [InlineData(0, -300_000, 0)]
    [InlineData(-212_000, 212_000, 10_000)]
    [InlineData(150_000, 150_000, -500)]
    public void ToGeodetic_ThenToEnu_RoundTripsWithinAMillimetre(double e, double n, double u)
    {
        var frame = new LocalFrame(Origin);
        var enu = new Enu(e, n, u);
        Enu back = frame.ToEnu(frame.ToGeodetic(enu));
        Assert.True((back - enu).Length < 1e-3, $"round trip error {(back - enu).Length} m");
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(60_000, 0, 300)]
    [InlineData(0, -60_000, 3_000)]
    [InlineData(-42_000, 42_000, 10_000)]
    [InlineData(20_000, 5_000, -200)]
    public void ApproximateHeight_Within60Km_IsWithinAMetreOfExact(double e, double n, double u)
    {
        var frame = new LocalFrame(Origin);
        var enu = new Enu(e, n, u);
        double exact = frame.ToGeodetic(enu).AltitudeM;
        Assert.True(Math.Abs(frame.ApproximateHeight(enu) - exact) < 1, $"approximate {frame.ApproximateHeight(enu)} vs exact {exact}");
        Assert.True(exact - u - Origin.AltitudeM >= 0);
    }

    [Fact]
    public void ToEcef_KnownPoint_MatchesClosedForm()
    {
        // On the equator at the prime meridian, ECEF x equals a + h.
        Ecef e = Wgs84.ToEcef(new GeoPoint(0, 0, 100));
        Assert.Equal(Wgs84.SemiMajorAxisM + 100, e.X, 6);
        Assert.Equal(0, e.Y, 6);
        Assert.Equal(0, e.Z, 6);

        // At the pole, z equals b + h.
        Ecef p = Wgs84.ToEcef(new GeoPoint(90, 0, 0));
        Assert.Equal(Wgs84.SemiMinorAxisM, p.Z, 6);
    }

    [Fact]
    public void ToGeodetic_RandomPoints_RoundTripThroughEcef()
    {
        var rng = new Random(7);
        for (int i = 0; i < 10_000; i++)
        {
            var g = new GeoPoint((rng.NextDouble() * 178) - 89, (rng.NextDouble() * 358) - 179, (rng.NextDouble() * 20_000) - 500);
            GeoPoint back = Wgs84.ToGeodetic(Wgs84.ToEcef(g));
            Assert.Equal(g.LatitudeDeg, back.LatitudeDeg, 9);
            Assert.Equal(g.LongitudeDeg, back.LongitudeDeg, 9);
            Assert.Equal(g.AltitudeM, back.AltitudeM, 4);
        }
    }

    [Fact]
    public void RotationFrom_CarriesVectorsBetweenFrames()
    {
        var a = new LocalFrame(new GeoPoint(34.0, 71.0));
        var b = new LocalFrame(new GeoPoint(35.0, 72.0));
        double[] r = b.RotationFrom(a);
        var v = new Enu(100, -50, 20);
        (double dx, double dy, double dz) = a.RotateToEcef(v);
        Enu expected = b.RotateToEnu(dx, dy, dz);
        Enu got = new(
            (r[0] * v.East) + (r[1] * v.North) + (r[2] * v.Up),
            (r[3] * v.East) + (r[4] * v.North) + (r[5] * v.Up),
            (r[6] * v.East) + (r[7] * v.North) + (r[8] * v.Up));
        Assert.True((got - expected).Length < 1e-9);
    }

    [Fact]
    public void Polar_RoundTrips()
    {
        var v = new Enu(-3000, 4000, 500);
        (double r, double az, double el) = Polar.FromEnu(v);
        Assert.Equal(323.13010235415598, az, 9);
        Assert.True((Polar.ToEnu(r, az, el) - v).Length < 1e-6);
    }
}
