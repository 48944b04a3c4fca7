using Vigil.Core;
using Vigil.Sensors.Asterix;

namespace Vigil.Sensors.Tests.Asterix;

public class Cat048DetectionConverterTest
{
    private static readonly RadarSite Site = new()
    {
        Id = new SensorId("radar-north"), Position = new GeoPoint(45.0, 15.0, 500), MaxRangeM = 400_000, RangeSigmaM = 50,
        AzimuthSigmaDeg = 0.1, ElevationSigmaDeg = 0.2, ProbabilityOfDetection = 0.9, FalseAlarmsPerScan = 2, ScanPeriod = TimeSpan.FromSeconds(4),
    };

    private static readonly Cat048DetectionConverter Converter = new(new Dictionary<AsterixDataSource, RadarSite> { [new(25, 201)] = Site });

    [Fact]
    public void TryConvert_FixturePlot_GivesRangeAzimuthAndTime()
    {
        Cat048Record plot = AsterixDecoder.Decode(AsterixFixtures.Bytes("cat048.raw")).Records[0].Cat048!.Value;
        var received = new DateTimeOffset(2025, 3, 1, 7, 35, 55, TimeSpan.Zero);

        Assert.Equal(Cat048Conversion.Converted, Converter.TryConvert(in plot, received, out Detection detection));

        Assert.Equal(Site.Id, detection.Sensor);
        Assert.Equal(197.68359375 * 1852, detection.RangeM);
        Assert.Equal(340.13671875, detection.AzimuthDeg);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(27354.6015625), detection.MeasuredAt);
        Assert.True(double.IsNaN(detection.ElevationDeg));
        Assert.True(double.IsNaN(detection.RcsDbsm));
    }

    [Fact]
    public void ResolveTimeOfDay_AcrossMidnight_PicksTheNearestDay()
    {
        var justAfterMidnight = new DateTimeOffset(2025, 3, 2, 0, 0, 1, TimeSpan.Zero);
        var justBeforeMidnight = new DateTimeOffset(2025, 3, 1, 23, 59, 59, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2025, 3, 1, 23, 59, 59, 500, TimeSpan.Zero),
            Cat048DetectionConverter.ResolveTimeOfDay((uint)(86399.5 * 128), justAfterMidnight));
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 0, 0, 0, 250, TimeSpan.Zero),
            Cat048DetectionConverter.ResolveTimeOfDay(32, justBeforeMidnight));
    }

    [Fact]
    public void TryConvert_3DPlotWithVigilRcs_GivesElevationAndRcs()
    {
        byte[] sp = new byte[4];
        VigilSpecialPurpose.WriteRcs(7.5, sp);
        var plot = new Cat048Record { Sac = 25, Sic = 201, TimeOfDay = 3600, Rho = 20, Theta = 90, Height3DFt = 10_000, SpecialPurpose = sp };

        Assert.Equal(Cat048Conversion.Converted, Converter.TryConvert(in plot, new DateTimeOffset(2025, 3, 1, 1, 0, 1, TimeSpan.Zero), out Detection detection));

        double expected = Cat048DetectionConverter.ElevationDeg(20 * 1852, 500, 10_000 * 0.3048);
        Assert.Equal(expected, detection.ElevationDeg);
        // Flat-earth estimate asin((3048 - 500) / 37040) = 3.94°; the 4/3 earth lowers it slightly at 20 NM.
        Assert.InRange(detection.ElevationDeg, 3.7, 3.95);
        Assert.Equal(7.5, detection.RcsDbsm);
    }

    [Fact]
    public void ElevationDeg_ImpossibleGeometry_IsNaN() =>
        Assert.True(double.IsNaN(Cat048DetectionConverter.ElevationDeg(1000, 0, 10_000)));

    [Theory]
    [InlineData(Cat048Conversion.NoDataSource)]
    [InlineData(Cat048Conversion.UnknownSource)]
    [InlineData(Cat048Conversion.NoTimeOfDay)]
    [InlineData(Cat048Conversion.NoPosition)]
    [InlineData(Cat048Conversion.ZeroRange)]
    [InlineData(Cat048Conversion.MeasuredAfterReceived)]
    public void TryConvert_UnusablePlot_SaysWhy(Cat048Conversion why)
    {
        var received = new DateTimeOffset(2025, 3, 1, 1, 0, 0, TimeSpan.Zero);
        Cat048Record plot = why switch
        {
            Cat048Conversion.NoDataSource => new Cat048Record { TimeOfDay = 3600, Rho = 10 },
            Cat048Conversion.UnknownSource => new Cat048Record { Sac = 1, Sic = 1, TimeOfDay = 3600, Rho = 10 },
            Cat048Conversion.NoTimeOfDay => new Cat048Record { Sac = 25, Sic = 201, Rho = 10 },
            Cat048Conversion.NoPosition => new Cat048Record { Sac = 25, Sic = 201, TimeOfDay = 3600 },
            Cat048Conversion.ZeroRange => new Cat048Record { Sac = 25, Sic = 201, TimeOfDay = 3600, Rho = 0, Theta = 10 },
            _ => new Cat048Record { Sac = 25, Sic = 201, TimeOfDay = 3601, Rho = 10 },
        };

        Assert.Equal(why, Converter.TryConvert(in plot, received, out _));
    }

    [Fact]
    public void VigilSpecialPurpose_OtherContent_HasNoRcs()
    {
        Assert.False(VigilSpecialPurpose.TryReadRcs([0x01, 0x02, 0x03, 0x04], out double rcs));
        Assert.True(double.IsNaN(rcs));
        Assert.False(VigilSpecialPurpose.TryReadRcs("VR"u8, out _));
        Assert.True(VigilSpecialPurpose.TryReadRcs([0x56, 0x52, 0x7F, 0xFF], out rcs));
        Assert.Equal(327.67, rcs);
    }
}
