using System.Globalization;
using Vigil.Core;

namespace Vigil.Geo.Tests;

public class GeodesicTest
{
    public static TheoryData<double, double, double, double, double, double, double> Reference()
    {
        var data = new TheoryData<double, double, double, double, double, double, double>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "testdata", "geodesic_reference.csv")).Skip(1))
        {
            double[] v = Array.ConvertAll(line.Split(','), s => double.Parse(s, CultureInfo.InvariantCulture));
            data.Add(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reference))]
    public void Inverse_AgreesWithGeographicLib(double lat1, double lon1, double lat2, double lon2, double s12, double azi1, double azi2)
    {
        GeodesicResult r = Geodesic.Inverse(new GeoPoint(lat1, lon1), new GeoPoint(lat2, lon2));
        Assert.True(Math.Abs(r.Distance.Meters - s12) < 0.5e-3, $"distance {r.Distance.Meters} m, GeographicLib {s12} m");
        Assert.True(BearingDifference(r.InitialBearingDeg, azi1) < 1e-6, $"initial bearing {r.InitialBearingDeg}, GeographicLib {azi1}");
        Assert.True(BearingDifference(r.FinalBearingDeg, azi2) < 1e-6, $"final bearing {r.FinalBearingDeg}, GeographicLib {azi2}");
    }

    [Theory]
    [MemberData(nameof(Reference))]
    public void Direct_ReachesTheReferenceEndPoint(double lat1, double lon1, double lat2, double lon2, double s12, double azi1, double azi2)
    {
        _ = azi2;
        GeoPoint end = Geodesic.Direct(new GeoPoint(lat1, lon1), azi1, Distance.FromMeters(s12));
        double miss = Geodesic.Inverse(end, new GeoPoint(lat2, lon2)).Distance.Meters;
        Assert.True(miss < 1e-3, $"missed the end point by {miss} m");
    }

    [Fact]
    public void Inverse_SamePoint_IsZero()
    {
        var p = new GeoPoint(34.5, 69.2);
        Assert.Equal(0, Geodesic.Inverse(p, p).Distance.Meters);
    }

    [Fact]
    public void Inverse_NearlyAntipodal_ReturnsWithoutHanging()
    {
        GeodesicResult r = Geodesic.Inverse(new GeoPoint(0, 0), new GeoPoint(0.5, 179.7));
        Assert.InRange(r.Distance.Meters, 19_000_000, 20_100_000);
    }

    private static double BearingDifference(double a, double b)
    {
        double d = Math.Abs(Angle.Normalize360(a) - Angle.Normalize360(b));
        return Math.Min(d, 360 - d);
    }
}
