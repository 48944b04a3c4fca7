using Vigil.Core;
using Vigil.Sensors.Asterix;
using Vigil.Sensors.Ingest;

namespace Vigil.Simulation.Wire;

/// <summary>
/// What the scenario's surveillance radars put on the wire, in ASTERIX as a radar head's plot
/// extractor does: at each antenna pass through north a CAT034 North Marker; then the scan's plots as
/// CAT048 target reports, sent a sector at a time (1/16 of a revolution, or fewer plots when a
/// datagram would pass <see cref="MaxPayload"/> bytes), each datagram leaving
/// <see cref="Simulator.ReceiveLatency"/> after its last plot was measured.
/// <para>
/// Jamming shows as a radar would report it (EUROCONTROL CAT034 ed. 1.29): a scan under a silencing
/// window adds a CAT034 Jamming Strobe message (I000 = 4) to its north marker, and a scan under a
/// degrading window sets the OVL (overload) bit of the PSR subfield of I050. Plots carry I010, I140,
/// I020 (TYP = single PSR), I040, I110 for a 3-D radar (height above the 4/3-earth horizon, the inverse of
/// <see cref="Cat048DetectionConverter.ElevationDeg"/>) and the radar cross-section in Vigil's SP entry
/// (<see cref="VigilSpecialPurpose"/>).
/// </para>
/// </summary>
public static class AsterixRadarFeed
{
    /// <summary>Largest datagram payload: fits an Ethernet frame without IP fragmentation.</summary>
    public const int MaxPayload = 1_400;

    /// <summary>Sectors per revolution: plots are sent once per sector.</summary>
    public const int Sectors = 16;

    /// <summary>System Area Code given to the scenario's radars.</summary>
    public const byte Sac = 100;

    /// <summary>
    /// The data source (SAC/SIC) of each ASTERIX radar in <paramref name="scenario"/>: SAC
    /// <see cref="Sac"/>, SIC numbered from 1 in the scenario's order.
    /// </summary>
    public static IReadOnlyDictionary<SensorId, AsterixDataSource> Sources(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var sources = new Dictionary<SensorId, AsterixDataSource>();
        foreach (RadarSite radar in scenario.Radars)
        {
            if (scenario.LinkOf(radar.Id) == SensorLink.Asterix)
            {
                sources[radar.Id] = new AsterixDataSource(Sac, checked((byte)(sources.Count + 1)));
            }
        }

        return sources;
    }

    /// <summary>Every datagram the ASTERIX radars of <paramref name="run"/> send, in the order they are sent.</summary>
    public static IReadOnlyList<WireDatagram> Datagrams(SimulationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        IReadOnlyDictionary<SensorId, AsterixDataSource> sources = Sources(run.Scenario);
        Dictionary<SensorId, RadarSite> sites = run.Scenario.Radars.ToDictionary(r => r.Id);
        var plotsOf = new Dictionary<(SensorId, int), List<Detection>>();
        foreach (SimulatedPlot plot in run.Plots)
        {
            if (sources.ContainsKey(plot.Detection.Sensor))
            {
                (plotsOf.TryGetValue((plot.Detection.Sensor, plot.Scan), out List<Detection>? list) ? list : plotsOf[(plot.Detection.Sensor, plot.Scan)] = []).Add(plot.Detection);
            }
        }

        var datagrams = new List<(WireDatagram Datagram, int Order)>();
        var buffer = new byte[MaxPayload];
        foreach (RadarScan scan in run.Scans)
        {
            if (!sources.TryGetValue(scan.Sensor, out AsterixDataSource source))
            {
                continue;
            }

            RadarSite site = sites[scan.Sensor];
            Add(scan.Sensor, scan.StartedAt, Service(scan, source, site));
            if (!plotsOf.TryGetValue((scan.Sensor, scan.Scan), out List<Detection>? plots))
            {
                continue;
            }

            // Plots are in measurement order; a datagram closes at a sector boundary or when full.
            TimeSpan sector = site.ScanPeriod / Sectors;
            var records = new List<Cat048Record>();
            int bytes = 3;
            long currentSector = -1;
            DateTimeOffset last = default;
            foreach (Detection plot in plots)
            {
                Cat048Record record = Record(plot, source, site);
                int length = RecordLength(record, buffer);
                long plotSector = (plot.MeasuredAt - scan.StartedAt).Ticks / sector.Ticks;
                if (records.Count > 0 && (plotSector != currentSector || bytes + length > MaxPayload))
                {
                    Add(scan.Sensor, last + Simulator.ReceiveLatency, Encode(records, buffer));
                    records.Clear();
                    bytes = 3;
                }

                records.Add(record);
                bytes += length;
                currentSector = plotSector;
                last = plot.MeasuredAt;
            }

            if (records.Count > 0)
            {
                Add(scan.Sensor, last + Simulator.ReceiveLatency, Encode(records, buffer));
            }
        }

        datagrams.Sort((a, b) =>
        {
            int c = a.Datagram.SentAt.CompareTo(b.Datagram.SentAt);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        return datagrams.ConvertAll(d => d.Datagram);

        void Add(SensorId sensor, DateTimeOffset sentAt, byte[] payload) =>
            datagrams.Add((new WireDatagram(sensor, sentAt, payload), datagrams.Count));
    }

    /// <summary>The CAT048 report of one plot.</summary>
    public static Cat048Record Record(in Detection plot, AsterixDataSource source, RadarSite site)
    {
        Span<byte> sp = stackalloc byte[VigilSpecialPurpose.RcsEntryLength];
        int spLength = double.IsNaN(plot.RcsDbsm) ? 0 : VigilSpecialPurpose.WriteRcs(plot.RcsDbsm, sp);
        var record = new Cat048Record
        {
            Sac = source.Sac,
            Sic = source.Sic,
            TimeOfDay = TimeOfDay(plot.MeasuredAt),
            Typ = 1,
            Rho = plot.RangeM / Cat048DetectionConverter.MetresPerNauticalMile,
            Theta = plot.AzimuthDeg,
            SpecialPurpose = sp[..spLength],
        };
        return plot.HasElevation ? record with { Height3DFt = HeightM(plot.RangeM, site.Position.AltitudeM, plot.ElevationDeg) / Cat048DetectionConverter.MetresPerFoot } : record;
    }

    /// <summary>
    /// Height of a target at slant range <paramref name="slantRangeM"/> and elevation
    /// <paramref name="elevationDeg"/> from an antenna at <paramref name="siteAltitudeM"/>, over the 4/3 earth:
    /// h = √(r² + (R + hₛ)² + 2r(R + hₛ) sin e) − R.
    /// </summary>
    public static double HeightM(double slantRangeM, double siteAltitudeM, double elevationDeg)
    {
        double site = Cat048DetectionConverter.EffectiveEarthRadiusM + siteAltitudeM;
        double sine = Math.Sin(elevationDeg * (Math.PI / 180));
        return Math.Sqrt((slantRangeM * slantRangeM) + (site * site) + (2 * slantRangeM * site * sine)) - Cat048DetectionConverter.EffectiveEarthRadiusM;
    }

    private static byte[] Service(RadarScan scan, AsterixDataSource source, RadarSite site)
    {
        var marker = new Cat034Record
        {
            DataSource = source,
            MessageType = Cat034MessageType.NorthMarker,
            TimeOfDay = TimeOfDay(scan.StartedAt),
            AntennaRotationPeriod = site.ScanPeriod.TotalSeconds,
            SystemConfiguration = new Cat034SystemConfiguration(Psr: scan.Jamming is { Effect: JammingEffect.Degrade } ? AsterixIngest.PsrOverload : (byte)0),
        };
        Cat034Record[] records = scan.Jamming is { Effect: JammingEffect.Silence }
            ? [marker, marker with { MessageType = Cat034MessageType.JammingStrobe, AntennaRotationPeriod = null, SystemConfiguration = null }]
            : [marker];
        var buffer = new byte[MaxPayload];
        return AsterixEncoder.TryWriteCat034(buffer, records, out int written)
            ? buffer[..written]
            : throw new InvalidOperationException("A CAT034 north marker does not fit a datagram.");
    }

    private static int RecordLength(in Cat048Record record, byte[] scratch) =>
        AsterixEncoder.TryWriteCat048(scratch, in record, out int written)
            ? written - 3
            : throw new InvalidOperationException("A CAT048 plot does not fit a datagram.");

    private static byte[] Encode(List<Cat048Record> records, byte[] buffer) =>
        AsterixEncoder.TryWriteCat048(buffer, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(records), out int written)
            ? buffer[..written]
            : throw new InvalidOperationException($"{records.Count} CAT048 plots do not fit {buffer.Length} bytes.");

    private static double TimeOfDay(DateTimeOffset at) => (at.UtcTicks % TimeSpan.TicksPerDay) / (double)TimeSpan.TicksPerSecond;
}
