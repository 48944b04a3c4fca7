using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace Vigil.Server.Live;

/// <summary><c>GET /api/stream</c>'s Server-Sent Events: a <c>tracks</c> snapshot (unless the client asked for no tracks), every event by name, <c>dropped</c>, and a comment as heartbeat.</summary>
internal sealed class SseFormat(bool tracks) : StreamFormat
{
    /// <summary>The SSE event name that tells a client it lost events.</summary>
    public const string DroppedEvent = "dropped";

    /// <inheritdoc />
    public override string ContentType => "text/event-stream";

    /// <inheritdoc />
    public override StreamTopics Topics => tracks ? StreamTopics.Tracks | StreamTopics.Events : StreamTopics.Events;

    /// <inheritdoc />
    public override void WriteSnapshot(PipeWriter writer, PictureView view, DateTimeOffset sent)
    {
        writer.Write("event: "u8);
        writer.Write("tracks"u8);
        writer.Write("\ndata: "u8);
        using (var json = new Utf8JsonWriter(writer, TrackJson.WriterOptions))
        {
            LivePicture.WriteSnapshot(json, view, sent);
        }

        writer.Write("\n\n"u8);
    }

    /// <inheritdoc />
    public override void WriteEvent(PipeWriter writer, in ServerEvent e) => Write(writer, e.Name, e.Data.Span);

    /// <inheritdoc />
    public override void WriteDropped(PipeWriter writer, long count, long total)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("count", count);
            json.WriteNumber("total", total);
            json.WriteEndObject();
        }

        Write(writer, DroppedEvent, buffer.WrittenSpan);
    }

    /// <inheritdoc />
    public override void WriteHeartbeat(PipeWriter writer) => writer.Write(": heartbeat\n\n"u8);

    private static void Write(PipeWriter writer, string name, ReadOnlySpan<byte> data)
    {
        writer.Write("event: "u8);
        Span<byte> span = writer.GetSpan(Encoding.UTF8.GetMaxByteCount(name.Length));
        writer.Advance(Encoding.UTF8.GetBytes(name, span));
        writer.Write("\ndata: "u8);
        writer.Write(data);
        writer.Write("\n\n"u8);
    }
}
