using Vigil.Core;
using Vigil.Tracking;

namespace Vigil.Pipeline;

/// <summary>The path and final state of one track over a run, for maps and summaries.</summary>
public sealed class TrackRecord
{
    private readonly List<(DateTimeOffset At, GeoPoint Position)> _path = [];

    internal TrackRecord(TrackId id, int sector)
    {
        Id = id;
        Sector = sector;
    }

    /// <summary>The track's id, unique over the run.</summary>
    public TrackId Id { get; }

    /// <summary>Index of the sector whose tracker held the track.</summary>
    public int Sector { get; }

    /// <summary>Whether the track was ever confirmed.</summary>
    public bool Confirmed { get; private set; }

    /// <summary>The last class probabilities.</summary>
    public ClassProbabilities Classification { get; private set; }

    /// <summary>Filtered positions, in time order.</summary>
    public IReadOnlyList<(DateTimeOffset At, GeoPoint Position)> Path => _path;

    internal void Add(in TrackUpdate update)
    {
        if (update.Status == TrackStatus.Deleted)
        {
            return;
        }

        Confirmed |= update.Status == TrackStatus.Confirmed;
        Classification = update.Classification;
        if (_path.Count == 0 || update.At > _path[^1].At)
        {
            _path.Add((update.At, update.Position));
        }
    }
}
