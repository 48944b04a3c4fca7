using System.Buffers;
using System.IO.Pipelines;

namespace Vigil.Server.Live;

/// <summary><c>GET /api/tracks/stream</c>'s track frames (docs/track-frames.md): a snapshot, the published change frames as they are, kind 3 on a loss and kind 4 as heartbeat.</summary>
internal sealed class FrameFormat(LivePicture picture, TimeProvider clock, TimeSpan? trail) : StreamFormat
{
    private readonly TrackFrames _frames = new();

    /// <inheritdoc />
    public override string ContentType => TrackFrames.MediaType;

    /// <inheritdoc />
    public override StreamTopics Topics => StreamTopics.Frames;

    /// <inheritdoc />
    public override TimeSpan? Trail => trail;

    /// <inheritdoc />
    public override void WriteSnapshot(PipeWriter writer, PictureView view, DateTimeOffset sent) => _frames.WriteSnapshot(writer, view, sent);

    /// <inheritdoc />
    public override void WriteEvent(PipeWriter writer, in ServerEvent e) => writer.Write(e.Data.Span);

    /// <inheritdoc />
    public override void WriteDropped(PipeWriter writer, long count, long total) => TrackFrames.WriteDropped(writer, Now(), count, total);

    /// <inheritdoc />
    public override void WriteHeartbeat(PipeWriter writer) => TrackFrames.WriteHeartbeat(writer, Now());

    private TrackFrames.Times Now() => new(picture.At, clock.GetUtcNow(), picture.History.From);
}
