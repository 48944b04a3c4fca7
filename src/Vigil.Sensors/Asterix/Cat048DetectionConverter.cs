using Vigil.Core;

namespace Vigil.Sensors.Asterix;

/// <summary>
/// Turns CAT048 plots into <see cref="Detection"/>s for the tracker, given the configured radar sites by
/// SAC/SIC. Range comes from I040 RHO (1 NM = 1852 m), azimuth from I040 THETA, the measurement time from
/// I140 resolved against a reference instant (<see cref="ResolveTimeOfDay"/>), the elevation from I110 when
/// a 3-D radar sends it (<see cref="ElevationDeg"/>), and the radar cross-section from Vigil's SP entry when
/// present (<see cref="VigilSpecialPurpose"/>; ASTERIX has no RCS item). Converting allocates nothing.
/// </summary>
public sealed class Cat048DetectionConverter
{
    /// <summary>Metres per international nautical mile.</summary>
    public const double MetresPerNauticalMile = 1852.0;

    /// <summary>Metres per foot.</summary>
    public const double MetresPerFoot = 0.3048;

    /// <summary>Effective earth radius for radio propagation in a standard atmosphere: 4/3 of a 6,371 km mean radius.</summary>
    public const double EffectiveEarthRadiusM = 6_371_000.0 * 4 / 3;

    private readonly IReadOnlyDictionary<AsterixDataSource, RadarSite> _sites;

    /// <summary>Creates a converter for the given sites.</summary>
    public Cat048DetectionConverter(IReadOnlyDictionary<AsterixDataSource, RadarSite> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        _sites = sites;
    }

    /// <summary>
    /// Converts <paramref name="record"/>. <paramref name="receivedAt"/> (UTC) is when the datagram arrived; it
    /// also serves as the reference for the time of day.
    /// </summary>
    public Cat048Conversion TryConvert(in Cat048Record record, DateTimeOffset receivedAt, out Detection detection) =>
        TryConvert(in record, receivedAt, receivedAt, out detection);

    /// <summary>
    /// Converts <paramref name="record"/>, resolving its time of day against <paramref name="referenceUtc"/>
    /// (for example the capture time when replaying a recording).
    /// </summary>
    public Cat048Conversion TryConvert(in Cat048Record record, DateTimeOffset referenceUtc, DateTimeOffset receivedAt, out Detection detection)
    {
        detection = default;
        if (!record.Has(Cat048Items.I010))
        {
            return Cat048Conversion.NoDataSource;
        }

        if (!_sites.TryGetValue(record.DataSource, out RadarSite? site))
        {
            return Cat048Conversion.UnknownSource;
        }

        if (!record.Has(Cat048Items.I140))
        {
            return Cat048Conversion.NoTimeOfDay;
        }

        if (!record.Has(Cat048Items.I040))
        {
            return Cat048Conversion.NoPosition;
        }

        if (record._rho == 0)
        {
            return Cat048Conversion.ZeroRange;
        }

        DateTimeOffset measuredAt = ResolveTimeOfDay(record.TimeOfDayRaw, referenceUtc);
        if (measuredAt > receivedAt)
        {
            return Cat048Conversion.MeasuredAfterReceived;
        }

        double rangeM = record.Rho * MetresPerNauticalMile;
        double elevation = record.Has(Cat048Items.I110)
            ? ElevationDeg(rangeM, site.Position.AltitudeM, record.Height3DFt * MetresPerFoot)
            : double.NaN;
        double rcs = record.Has(Cat048Items.SP) && VigilSpecialPurpose.TryReadRcs(record.SpecialPurpose, out double value) ? value : double.NaN;
        detection = new Detection(site.Id, measuredAt, receivedAt, rangeM, record.Theta, elevation, rcs);
        return Cat048Conversion.Converted;
    }

    /// <summary>
    /// The UTC instant of a time of day (I140: 1/128 s units since midnight UTC) on the day that puts it
    /// closest to <paramref name="reference"/>: the reference's day, the day before or the day after, so a
    /// plot measured just before midnight and received just after resolves to the right date.
    /// </summary>
    public static DateTimeOffset ResolveTimeOfDay(uint timeOfDayRaw, DateTimeOffset reference)
    {
        // 1/128 s = 78,125 ticks of 100 ns exactly.
        long ticks = timeOfDayRaw * 78_125L;
        DateTime day = reference.UtcDateTime.Date;
        long referenceTicks = reference.UtcTicks;
        long best = day.Ticks + ticks;
        foreach (long candidate in (ReadOnlySpan<long>)[day.Ticks - TimeSpan.TicksPerDay + ticks, day.Ticks + TimeSpan.TicksPerDay + ticks])
        {
            if (candidate >= DateTime.MinValue.Ticks && candidate <= DateTime.MaxValue.Ticks
                && Math.Abs(candidate - referenceTicks) < Math.Abs(best - referenceTicks))
            {
                best = candidate;
            }
        }

        return new DateTimeOffset(Math.Clamp(best, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), TimeSpan.Zero);
    }

    /// <summary>
    /// Elevation in degrees of a target at slant range <paramref name="slantRangeM"/> and height
    /// <paramref name="targetHeightM"/>, seen from an antenna at <paramref name="siteAltitudeM"/>, over a
    /// spherical earth of the 4/3 effective radius (which folds standard refraction into straight rays):
    /// by the law of cosines in the triangle earth centre - antenna - target,
    /// sin e = ((R + h_t)² − (R + h_s)² − r²) / (2 (R + h_s) r). I110 heights are above mean sea level and the
    /// site's altitude above the ellipsoid; the geoid undulation between them (tens of metres) is ignored.
    /// NaN when the geometry is impossible (the target cannot be at that height and range).
    /// </summary>
    public static double ElevationDeg(double slantRangeM, double siteAltitudeM, double targetHeightM)
    {
        double site = EffectiveEarthRadiusM + siteAltitudeM;
        double target = EffectiveEarthRadiusM + targetHeightM;
        double sine = ((target * target) - (site * site) - (slantRangeM * slantRangeM)) / (2 * site * slantRangeM);
        return sine is >= -1 and <= 1 ? Math.Asin(sine) * (180 / Math.PI) : double.NaN;
    }
}
