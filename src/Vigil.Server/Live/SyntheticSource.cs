using Microsoft.Extensions.Hosting;
using Vigil.Core;
using Vigil.Tracking;

namespace Vigil.Server.Live;

/// <summary>
/// Load for the live picture: <see cref="ServerOptions.SyntheticTracks"/> tracks (seeded) moving over
/// the Afghanistan–Pakistan border around 34.0° N 71.5° E — birds, drones, aircraft and a few not yet
/// classified — each updated once a second. The tracks are split into ten groups updated in turn every
/// 100 ms, so the load is even over the second; each update's time is the server's clock when it was
/// made (so a client can measure how late it arrives).
/// </summary>
internal sealed class SyntheticSource(LivePicture picture, ServerOptions options, SectorLookup sectors) : BackgroundService
{
    /// <summary>The picture takes a group of tracks this often.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    /// <summary>Groups: every track is updated once every <c>Groups × Tick</c> (1 s).</summary>
    public const int Groups = 10;

    private const double LatMin = 33.0, LatMax = 35.0, LonMin = 70.5, LonMax = 72.5;
    private const double MetresPerDegree = 111_320;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int n = options.SyntheticTracks;
        var random = new Random(options.SyntheticSeed);
        var tracks = new Mover[n];
        for (int i = 0; i < n; i++)
        {
            tracks[i] = Mover.Create(i + 1, random);
        }

        var buffer = new LiveTrack[(n + Groups - 1) / Groups];
        TimeProvider clock = options.Clock;
        using var timer = new PeriodicTimer(Tick, clock);
        long start = clock.GetUtcNow().UtcTicks;
        long done = -1;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                DateTimeOffset now = clock.GetUtcNow();
                long due = (now.UtcTicks - start) / Tick.Ticks;
                done = Math.Max(done, due - Groups); // after a stall of over a second, catch up one round, not every missed one
                for (long k = done + 1; k <= due; k++)
                {
                    int count = 0;
                    for (int i = (int)(k % Groups); i < n; i += Groups)
                    {
                        tracks[i].Step(random);
                        buffer[count++] = tracks[i].ToLive(now, sectors);
                    }

                    picture.Apply(buffer.AsSpan(0, count));
                }

                done = due;
                picture.Commit();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One synthetic track's motion, one-second steps.</summary>
    private struct Mover
    {
        private int _id;
        private double _lat;
        private double _lon;
        private double _altM;
        private double _speedMps;
        private double _headingDeg;
        private double _turnDegPerS;
        private double _maxTurn;
        private LiveClass _class;
        private double _probability;
        private int _hits;
        private int _confirmAt;
        private string? _uasId;

        public static Mover Create(int id, Random r)
        {
            double pick = r.NextDouble();
            (LiveClass c, double speed, double alt, double turn) = pick switch
            {
                < 0.45 => (LiveClass.Bird, 8 + (10 * r.NextDouble()), 50 + (1450 * r.NextDouble()), 3.0),
                < 0.80 => (LiveClass.Drone, 10 + (25 * r.NextDouble()), 50 + (1150 * r.NextDouble()), 5.0),
                _ => (LiveClass.Aircraft, 70 + (160 * r.NextDouble()), 3000 + (8000 * r.NextDouble()), 0.5),
            };
            bool unsure = r.NextDouble() < 0.05;
            return new Mover
            {
                _id = id,
                _lat = LatMin + ((LatMax - LatMin) * r.NextDouble()),
                _lon = LonMin + ((LonMax - LonMin) * r.NextDouble()),
                _altM = alt,
                _speedMps = speed,
                _headingDeg = 360 * r.NextDouble(),
                _maxTurn = turn,
                _turnDegPerS = turn * ((2 * r.NextDouble()) - 1),
                _class = unsure ? LiveClass.Unknown : c,
                _probability = unsure ? 0.35 + (0.14 * r.NextDouble()) : 0.55 + (0.44 * r.NextDouble()),
                _confirmAt = r.Next(2, 10),
                _uasId = c == LiveClass.Drone && r.NextDouble() < 0.2 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1596F{id:D10}") : null,
            };
        }

        /// <summary>Moves one second on.</summary>
        public void Step(Random r)
        {
            if (r.NextDouble() < 0.02)
            {
                _turnDegPerS = _maxTurn * ((2 * r.NextDouble()) - 1);
            }

            _headingDeg += _turnDegPerS;
            if (_lat is < LatMin or > LatMax || _lon is < LonMin or > LonMax)
            {
                // Head back towards the middle of the area, give or take 30°.
                double north = ((LatMin + LatMax) / 2) - _lat, east = (((LonMin + LonMax) / 2) - _lon) * Math.Cos(_lat * Math.PI / 180);
                _headingDeg = (Math.Atan2(east, north) * 180 / Math.PI) + (60 * (r.NextDouble() - 0.5));
            }

            _headingDeg = ((_headingDeg % 360) + 360) % 360;
            double h = _headingDeg * Math.PI / 180;
            _lat += _speedMps * Math.Cos(h) / MetresPerDegree;
            _lon += _speedMps * Math.Sin(h) / (MetresPerDegree * Math.Cos(_lat * Math.PI / 180));
            _altM = Math.Max(30, _altM + (r.NextDouble() - 0.5) * (_class == LiveClass.Aircraft ? 4 : 2));
            _hits++;
        }

        public readonly LiveTrack ToLive(DateTimeOffset at, SectorLookup sectors)
        {
            var position = new GeoPoint(_lat, _lon, _altM);
            return new LiveTrack
            {
                Id = new TrackId(_id),
                At = at,
                Position = position,
                SpeedMps = _speedMps,
                HeadingDeg = _headingDeg,
                Class = _class,
                Probability = _probability,
                Status = _hits >= _confirmAt ? TrackStatus.Confirmed : TrackStatus.Tentative,
                Sector = sectors.Of(position),
                UasId = _hits >= _confirmAt ? _uasId : null,
            };
        }
    }
}
