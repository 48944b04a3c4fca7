using System.IO.Pipelines;

namespace Vigil.Server.Live;

/// <summary>
/// How <see cref="EventStream"/> writes one stream: what it subscribes to, and the bytes of a
/// snapshot, a published event, a loss and a heartbeat. <see cref="SseFormat"/> writes Server-Sent
/// Events, <see cref="FrameFormat"/> track frames.
/// </summary>
internal abstract class StreamFormat
{
    /// <summary>The response's media type.</summary>
    public abstract string ContentType { get; }

    /// <summary>What the stream subscribes to.</summary>
    public abstract StreamTopics Topics { get; }

    /// <summary>The trail each track of a snapshot carries, or null.</summary>
    public virtual TimeSpan? Trail => null;

    /// <summary>Writes the picture as a snapshot (the first thing a stream sends, and again after a loss).</summary>
    public abstract void WriteSnapshot(PipeWriter writer, PictureView view, DateTimeOffset sent);

    /// <summary>Writes an event the hub published (already serialised once for every stream).</summary>
    public abstract void WriteEvent(PipeWriter writer, in ServerEvent e);

    /// <summary>Writes that <paramref name="count"/> events were lost since the last such notice, <paramref name="total"/> in all.</summary>
    public abstract void WriteDropped(PipeWriter writer, long count, long total);

    /// <summary>Writes a sign of life for a quiet stream.</summary>
    public abstract void WriteHeartbeat(PipeWriter writer);
}
