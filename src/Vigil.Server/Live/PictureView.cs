namespace Vigil.Server.Live;

/// <summary>A copy of the picture (now or from the history) for one answer: its time, how far back the history reaches, the tracks, and each one's trail when asked for.</summary>
/// <param name="At">The picture's time, or null when it is empty.</param>
/// <param name="HistoryFrom">The oldest history frame's time, or null.</param>
/// <param name="Trails">Each track's trail, in the order of <see cref="Tracks"/>; null when not asked for.</param>
internal sealed record PictureView(DateTimeOffset? At, DateTimeOffset? HistoryFrom, List<TrailPoint[]>? Trails)
{
    /// <summary>The tracks, in id order.</summary>
    public List<LiveTrack> Tracks { get; } = [];
}
