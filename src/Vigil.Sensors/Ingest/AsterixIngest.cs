using System.Net;
using System.Threading.Channels;
using Vigil.Core;
using Vigil.Sensors.Asterix;

namespace Vigil.Sensors.Ingest;

/// <summary>
/// The ASTERIX stage of ingest: decodes each datagram, turns CAT048 plots of the configured radars into
/// detections numbered by scan (a CAT034 North Marker starts a scan), counts every record accepted and
/// every one rejected with its reason, and follows each radar's health from its service messages
/// (a Jamming Strobe: jammed; I050 PSR overload: degraded; a north marker without either: ok) and from
/// silence (<see cref="SensorHealthMonitor"/>). Not thread-safe: one stage, one reader.
/// </summary>
public sealed class AsterixIngest
{
    /// <summary>CAT034 I050 PSR subfield: OVL, overload condition (bit 5; EUROCONTROL CAT034 ed. 1.29 §5.2.8).</summary>
    public const byte PsrOverload = 0x10;

    private readonly Dictionary<AsterixDataSource, RadarSite> _sites;
    private readonly Cat048DetectionConverter _converter;
    private readonly IngestCounters _counters;
    private readonly SensorHealthMonitor _health;
    private readonly Dictionary<SensorId, int> _scans = [];
    private readonly Dictionary<IPEndPoint, SensorId> _senders = [];

    /// <summary>Creates the stage for the given radars; each is watched for silence from <paramref name="from"/>.</summary>
    public AsterixIngest(IReadOnlyDictionary<AsterixDataSource, RadarSite> sites, IngestCounters counters, SensorHealthMonitor health, DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(health);
        _sites = new Dictionary<AsterixDataSource, RadarSite>(sites);
        _converter = new Cat048DetectionConverter(_sites);
        _counters = counters;
        _health = health;
        foreach (RadarSite site in _sites.Values)
        {
            if (!health.IsWatched(site.Id))
            {
                health.Watch(site.Id, site.ScanPeriod, from);
            }
        }
    }

    /// <summary>Decodes one datagram and adds its plots to <paramref name="plots"/>.</summary>
    public void Accept(ReceivedDatagram datagram, List<IngestedPlot> plots)
    {
        ArgumentNullException.ThrowIfNull(datagram);
        ArgumentNullException.ThrowIfNull(plots);
        var handler = new Handler(this, datagram, plots);
        AsterixDecoder.Decode(datagram.Payload, ref handler);
        if (handler.Service is { } service)
        {
            // A radar sends its scan's service messages together: the strobe, if any, follows the north marker.
            SensorHealth health = handler.Jammed ? SensorHealth.Jammed : handler.Overloaded ? SensorHealth.Degraded : SensorHealth.Ok;
            if (handler.NorthMarker || health != SensorHealth.Ok)
            {
                _health.Reported(service.Sensor, health, service.At);
            }
        }
    }

    /// <summary>Runs the stage: input in, plots out, until the input completes; then completes the output.</summary>
    public Task RunAsync(ChannelReader<ReceivedDatagram> input, ChannelWriter<IngestedPlot> output, CancellationToken cancellationToken) =>
        IngestStage.RunAsync(input, output, Accept, cancellationToken);

    /// <summary>Whom to count a fault against: the radar this sender last spoke for, else the sender's address.</summary>
    private SensorId Sender(IPEndPoint source) =>
        _senders.TryGetValue(source, out SensorId sensor) ? sensor : new SensorId("asterix@" + source);

    private bool TrySite(AsterixDataSource? source, IPEndPoint sender, out RadarSite site)
    {
        if (source is { } s && _sites.TryGetValue(s, out RadarSite? found))
        {
            _senders[sender] = found.Id;
            site = found;
            return true;
        }

        site = null!;
        return false;
    }

    private void Reject(IPEndPoint sender, in AsterixRecordInfo info, string reason) =>
        _counters.Rejected(Sender(sender), new DecodeError(info.Offset, $"CAT{info.Category:D3} record {info.Record}: {reason}"));

    private struct Handler(AsterixIngest ingest, ReceivedDatagram datagram, List<IngestedPlot> plots) : IAsterixHandler
    {
        /// <summary>The radar and time of the datagram's last service message, if it had one.</summary>
        public (SensorId Sensor, DateTimeOffset At)? Service;

        public bool NorthMarker, Overloaded, Jammed;

        public readonly void OnCat048(in Cat048Record record, in AsterixRecordInfo info)
        {
            Cat048Conversion result = ingest._converter.TryConvert(in record, datagram.ReceivedAt, out Detection detection);
            if (result != Cat048Conversion.Converted)
            {
                ingest.Reject(datagram.Source, info, Explain(result, record.DataSource));
                return;
            }

            SensorId sensor = detection.Sensor;
            ingest._senders[datagram.Source] = sensor;
            ingest._counters.Accepted(sensor);
            ingest._health.Heard(sensor, detection.MeasuredAt);
            plots.Add(new IngestedPlot(detection, Math.Max(ingest._scans.GetValueOrDefault(sensor, 0), 0)));
        }

        public void OnCat034(Cat034Record record, in AsterixRecordInfo info)
        {
            if (!ingest.TrySite(record.DataSource, datagram.Source, out RadarSite site))
            {
                ingest.Reject(datagram.Source, info, record.DataSource is { } s ? $"SAC/SIC {s} is not a configured radar" : "no I010 data source");
                return;
            }

            ingest._counters.Accepted(site.Id);
            DateTimeOffset at = record.TimeOfDay is { } tod
                ? Cat048DetectionConverter.ResolveTimeOfDay((uint)Math.Round(tod * 128), datagram.ReceivedAt)
                : datagram.ReceivedAt;
            ingest._health.Heard(site.Id, at);
            Service = (site.Id, at);
            switch (record.MessageType)
            {
                case Cat034MessageType.NorthMarker:
                    ingest._scans[site.Id] = ingest._scans.TryGetValue(site.Id, out int scan) ? scan + 1 : 0;
                    NorthMarker = true;
                    Overloaded |= (record.SystemConfiguration?.Psr & PsrOverload) != 0;
                    break;
                case Cat034MessageType.JammingStrobe or Cat034MessageType.SsrJammingStrobe or Cat034MessageType.ModeSJammingStrobe:
                    Jammed = true;
                    break;
            }
        }

        public readonly void OnCat062(Cat062Record record, in AsterixRecordInfo info) =>
            ingest.Reject(datagram.Source, info, "system tracks (CAT062) are not taken from radars");

        public readonly void OnCat065(Cat065Record record, in AsterixRecordInfo info) =>
            ingest.Reject(datagram.Source, info, "SDPS service status (CAT065) is not taken from radars");

        public readonly void OnError(in DecodeError error) => ingest._counters.Rejected(ingest.Sender(datagram.Source), error);

        private static string Explain(Cat048Conversion result, AsterixDataSource source) => result switch
        {
            Cat048Conversion.NoDataSource => "no I010 data source",
            Cat048Conversion.UnknownSource => $"SAC/SIC {source} is not a configured radar",
            Cat048Conversion.NoTimeOfDay => "no I140 time of day",
            Cat048Conversion.NoPosition => "no I040 measured position",
            Cat048Conversion.ZeroRange => "range 0",
            Cat048Conversion.MeasuredAfterReceived => "time of day is after the datagram arrived",
            _ => result.ToString(),
        };
    }
}
