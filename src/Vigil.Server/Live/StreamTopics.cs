namespace Vigil.Server.Live;

/// <summary>What a stream subscribes to; the hub sends each subscriber only the events of its topics, and the publisher builds a topic's events only while someone wants them.</summary>
[Flags]
public enum StreamTopics
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>JSON <c>tracks</c> events (<c>GET /api/stream</c> unless <c>?tracks=false</c>).</summary>
    Tracks = 1,

    /// <summary>Binary track change frames (<c>GET /api/tracks/stream</c>, docs/track-frames.md).</summary>
    Frames = 2,

    /// <summary>Every other event: alerts, alert updates, incidents, notifications, checkpoints.</summary>
    Events = 4,
}
