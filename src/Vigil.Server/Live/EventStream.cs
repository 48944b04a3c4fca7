using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Vigil.Server.Access;

namespace Vigil.Server.Live;

/// <summary>
/// One client's live stream, in either format (<see cref="StreamFormat"/>): <c>GET /api/stream</c> as
/// Server-Sent Events, <c>GET /api/tracks/stream</c> as track frames. First a snapshot (when the
/// format wants tracks), then every event the hub publishes for the format's topics that the caller
/// may see, in order; a heartbeat after <see cref="ServerOptions.StreamHeartbeat"/> of quiet; and,
/// when the client's queue overflowed, a notice of the loss followed by a fresh snapshot. Events are
/// copied from the bytes the publisher serialised once for everyone.
/// </summary>
internal static class EventStream
{
    /// <summary>How often an idle stream gets a heartbeat by default, so that proxies and clients know it is alive.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>Events a client may fall behind by before it loses some: about 12 s of 10,000 tracks a second (40 events of up to 64 KB a second), 32 MB at most.</summary>
    public const int QueueCapacity = 512;

    public static async Task RunAsync(HttpContext context, LivePicture picture, StreamFormat format, ServerOptions options, IHostApplicationLifetime lifetime)
    {
        Caller caller = Caller.Of(context.User);
        TimeProvider clock = options.Clock;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        CancellationToken cancellationToken = stop.Token;
        HttpResponse response = context.Response;
        response.ContentType = format.ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        PipeWriter writer = response.BodyWriter;

        using EventHub.Subscription subscription = picture.Subscribe(QueueCapacity, format.Topics, format.Trail, out PictureView? snapshot);
        TimeSpan quiet = options.StreamHeartbeat;
        using var heartbeat = new PeriodicTimer(quiet, clock);
        long lastWrite = clock.GetTimestamp();
        var kept = new List<ServerEvent>();
        long reported = 0;
        try
        {
            if (snapshot is not null)
            {
                format.WriteSnapshot(writer, snapshot, clock.GetUtcNow());
                snapshot = null;
            }

            // Flushing even an empty stream sends the headers at once.
            if (!await FlushAsync(writer, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            Task<bool>? tick = null;
            Task<bool>? readable = null;
            while (!cancellationToken.IsCancellationRequested)
            {
                bool wrote = false;
                for (int n = 0; n < 64 && subscription.Reader.TryRead(out ServerEvent e); n++)
                {
                    if (Visible(e, caller))
                    {
                        format.WriteEvent(writer, e);
                        wrote = true;
                    }
                }

                long dropped = subscription.Dropped;
                if (dropped > reported)
                {
                    format.WriteDropped(writer, dropped - reported, dropped);
                    reported = dropped;
                    kept.Clear();
                    PictureView? fresh = picture.Resync(subscription, kept, format.Trail);
                    foreach (ServerEvent e in kept)
                    {
                        if (Visible(e, caller))
                        {
                            format.WriteEvent(writer, e);
                        }
                    }

                    if (fresh is not null)
                    {
                        format.WriteSnapshot(writer, fresh, clock.GetUtcNow());
                    }

                    wrote = true;
                }

                if (wrote)
                {
                    if (!await FlushAsync(writer, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    heartbeat.Period = quiet; // the next heartbeat is due a quiet period after this write
                    lastWrite = clock.GetTimestamp();
                    continue;
                }

                readable ??= subscription.Reader.WaitToReadAsync(cancellationToken).AsTask();
                tick ??= heartbeat.WaitForNextTickAsync(cancellationToken).AsTask();
                Task first = await Task.WhenAny(readable, tick).ConfigureAwait(false);
                if (first == tick)
                {
                    bool ticking = await tick.ConfigureAwait(false);
                    tick = null;
                    if (!ticking)
                    {
                        return;
                    }

                    if (clock.GetElapsedTime(lastWrite) < quiet * 0.9)
                    {
                        continue; // a tick that fell due while the stream was busy
                    }

                    format.WriteHeartbeat(writer);
                    if (!await FlushAsync(writer, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    lastWrite = clock.GetTimestamp();
                }
                else
                {
                    readable = null;
                    if (!await ((Task<bool>)first).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Whether <paramref name="caller"/> may see <paramref name="e"/>: an event for a party goes to that party's keys and to every facilitator, witness and observer key.</summary>
    internal static bool Visible(in ServerEvent e, Caller caller) =>
        e.Party is null
        || caller.Role is Role.Facilitator or Role.Witness or Role.Observer
        || string.Equals(e.Party, caller.Party, StringComparison.Ordinal);

    private static async Task<bool> FlushAsync(PipeWriter writer, CancellationToken cancellationToken)
    {
        FlushResult result = await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return !result.IsCompleted && !result.IsCanceled;
    }
}
