using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using Vigil.Alerts;
using Vigil.Core;
using Vigil.Pipeline;
using Vigil.Storage;
using Vigil.Tracking;

namespace Vigil.Server.Live;

/// <summary>
/// Replays a stored run into the live picture against the server's clock: scenario time runs at
/// <see cref="ServerOptions.ReplaySpeed"/> times wall time from the scenario's start, every update is
/// applied when its time comes (every 100 ms, in order), each alert is published as an <c>alert</c>
/// event when the replay reaches the moment it was raised, and at the scenario's end the picture is
/// emptied and the replay starts over. Picture times are the scenario's own.
/// </summary>
internal sealed class ReplaySource(LivePicture picture, ServerOptions options, SectorLookup sectors, AlertDesk desk) : BackgroundService
{
    /// <summary>How often the replay catches up with the clock.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ReplayFeed feed = options.Replay ?? throw new InvalidOperationException("no replay feed");
        TimeProvider clock = options.Clock;
        var alertedFrom = new Dictionary<int, long>();
        foreach (Alert alert in feed.Alerts)
        {
            foreach (TrackId track in alert.TrackIds)
            {
                alertedFrom[track.Value] = Math.Min(alertedFrom.GetValueOrDefault(track.Value, long.MaxValue), alert.RaisedAt.UtcTicks);
            }
        }

        var identified = new Dictionary<int, (string UasId, long Since)>();
        foreach (CooperativeTrack c in feed.Cooperative)
        {
            identified.TryAdd(c.Track.Value, (c.Fix.UasId, c.Since.UtcTicks));
        }

        List<Alert> alerts = [.. feed.Alerts.OrderBy(a => a.RaisedAt)];
        IReadOnlyList<TrackSample> timeline = feed.Timeline;
        long end = Math.Max(feed.End.UtcTicks, timeline.Count == 0 ? 0 : timeline[^1].At.UtcTicks);
        var run = new RunId(feed.Run);
        var batch = new List<LiveTrack>();
        var removed = new List<TrackId>();
        using var timer = new PeriodicTimer(Tick, clock);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                picture.Reset();
                long wallStart = clock.GetUtcNow().UtcTicks;
                int next = 0, nextAlert = 0;
                while (true)
                {
                    long now = feed.Start.UtcTicks + (long)((clock.GetUtcNow().UtcTicks - wallStart) * options.ReplaySpeed);
                    batch.Clear();
                    removed.Clear();
                    for (; next < timeline.Count && timeline[next].At.UtcTicks <= now; next++)
                    {
                        TrackSample s = timeline[next];
                        if (s.Status == TrackStatus.Deleted)
                        {
                            removed.Add(s.Id);
                            continue;
                        }

                        long at = s.At.UtcTicks;
                        (string UasId, long Since) uas = identified.GetValueOrDefault(s.Id.Value, (null!, long.MaxValue));
                        batch.Add(new LiveTrack
                        {
                            Id = s.Id,
                            At = s.At,
                            Position = s.Position,
                            SpeedMps = s.SpeedMps,
                            HeadingDeg = s.HeadingDeg,
                            Class = LiveTrack.Classify(s.Class, s.Probability),
                            Probability = s.Probability,
                            Status = s.Status,
                            Sector = sectors.Of(s.Position),
                            Alerted = at >= alertedFrom.GetValueOrDefault(s.Id.Value, long.MaxValue),
                            UasId = at >= uas.Since ? uas.UasId : null,
                        });
                    }

                    picture.Apply(CollectionsMarshal.AsSpan(batch));
                    picture.Remove(CollectionsMarshal.AsSpan(removed));
                    picture.Commit();
                    for (; nextAlert < alerts.Count && alerts[nextAlert].RaisedAt.UtcTicks <= now; nextAlert++)
                    {
                        desk.Publish(run, alerts[nextAlert].Id, AlertDesk.AlertEvent);
                    }

                    if (now >= end)
                    {
                        break;
                    }

                    if (!await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
