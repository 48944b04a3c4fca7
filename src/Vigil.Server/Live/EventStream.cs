using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Vigil.Server.Access;

namespace Vigil.Server.Live;

/// <summary>
/// <c>GET /api/stream</c>: Server-Sent Events for one client. First a <c>tracks</c> snapshot, then every
/// event the hub publishes that the caller may see, in order; a comment line every
/// <see cref="Heartbeat"/>; and, when the client's queue overflowed, a <c>dropped</c> event followed by
/// a fresh snapshot. Events are copied from the bytes the publisher serialised once for everyone.
/// </summary>
internal static class EventStream
{
    /// <summary>How often an idle stream gets a comment, so that proxies and clients know it is alive.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>Events a client may fall behind by before it loses some: about 12 s of 10,000 tracks a second (40 events of up to 64 KB a second), 32 MB at most.</summary>
    public const int QueueCapacity = 512;

    /// <summary>The SSE event name that tells a client it lost events.</summary>
    public const string DroppedEvent = "dropped";

    public static async Task RunAsync(HttpContext context, LivePicture picture, TimeProvider clock, IHostApplicationLifetime lifetime)
    {
        Caller caller = Caller.Of(context.User);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        CancellationToken cancellationToken = stop.Token;
        HttpResponse response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        PipeWriter writer = response.BodyWriter;

        using EventHub.Subscription subscription = picture.Subscribe(QueueCapacity, out byte[] snapshot);
        using var heartbeat = new PeriodicTimer(Heartbeat, clock);
        var kept = new List<ServerEvent>();
        long reported = 0;
        try
        {
            WriteEvent(writer, LivePicture.TracksEvent, snapshot);
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
                        WriteEvent(writer, e.Name, e.Data.Span);
                        wrote = true;
                    }
                }

                long dropped = subscription.Dropped;
                if (dropped > reported)
                {
                    WriteDropped(writer, dropped - reported, dropped);
                    reported = dropped;
                    kept.Clear();
                    byte[] fresh = picture.Resync(subscription, kept);
                    foreach (ServerEvent e in kept)
                    {
                        if (Visible(e, caller))
                        {
                            WriteEvent(writer, e.Name, e.Data.Span);
                        }
                    }

                    WriteEvent(writer, LivePicture.TracksEvent, fresh);
                    wrote = true;
                }

                if (wrote)
                {
                    if (!await FlushAsync(writer, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

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

                    writer.Write(": heartbeat\n\n"u8);
                    if (!await FlushAsync(writer, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }
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

    private static void WriteEvent(PipeWriter writer, string name, ReadOnlySpan<byte> data)
    {
        writer.Write("event: "u8);
        Span<byte> span = writer.GetSpan(Encoding.UTF8.GetMaxByteCount(name.Length));
        writer.Advance(Encoding.UTF8.GetBytes(name, span));
        writer.Write("\ndata: "u8);
        writer.Write(data);
        writer.Write("\n\n"u8);
    }

    private static void WriteDropped(PipeWriter writer, long count, long total)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("count", count);
            json.WriteNumber("total", total);
            json.WriteEndObject();
        }

        WriteEvent(writer, DroppedEvent, buffer.WrittenSpan);
    }

    private static async Task<bool> FlushAsync(PipeWriter writer, CancellationToken cancellationToken)
    {
        FlushResult result = await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return !result.IsCompleted && !result.IsCanceled;
    }
}
