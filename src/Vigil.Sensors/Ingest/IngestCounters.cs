using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Vigil.Core;

namespace Vigil.Sensors.Ingest;

/// <summary>
/// Per-sensor counts of the messages ingest accepted and rejected, the rejections grouped by reason.
/// A reason's free-standing numbers (offsets, record numbers, lengths; not the digits of names such
/// as CAT048 or I048/040) are folded to "N" so that the same fault counts under one key; the most
/// recent rejection of each sensor is kept whole. Thread-safe.
/// </summary>
public sealed partial class IngestCounters
{
    private readonly ConcurrentDictionary<SensorId, Entry> _sensors = new();

    /// <summary>Counts an accepted message from <paramref name="sensor"/>.</summary>
    public void Accepted(SensorId sensor) => Interlocked.Increment(ref For(sensor).Accepted);

    /// <summary>Counts <paramref name="count"/> messages from <paramref name="sensor"/> rejected for the same reason.</summary>
    public void Rejected(SensorId sensor, DecodeError error, long count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        Entry entry = For(sensor);
        Interlocked.Add(ref entry.Rejected, count);
        entry.ByReason.AddOrUpdate(Fold(error.Reason), count, (_, n) => n + count);
        entry.Last = error;
    }

    /// <summary>A consistent-enough copy of every sensor's counts, sensors by name.</summary>
    public IReadOnlyList<SensorCounts> Snapshot() =>
        _sensors.OrderBy(p => p.Key.Value, StringComparer.Ordinal)
            .Select(p => new SensorCounts(
                p.Key,
                Interlocked.Read(ref p.Value.Accepted),
                Interlocked.Read(ref p.Value.Rejected),
                p.Value.ByReason.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
                    .Select(r => new RejectionCount(r.Key, r.Value)).ToList(),
                p.Value.Last))
            .ToList();

    /// <summary>The counts of one sensor (zeros if it sent nothing).</summary>
    public SensorCounts Of(SensorId sensor) =>
        Snapshot().FirstOrDefault(c => c.Sensor == sensor) ?? new SensorCounts(sensor, 0, 0, [], null);

    private Entry For(SensorId sensor) => _sensors.GetOrAdd(sensor, _ => new Entry());

    private static string Fold(string reason) => Digits().Replace(reason, "N");

    [GeneratedRegex("(?<![A-Za-z/0-9])[0-9]+")]
    private static partial Regex Digits();

    private sealed class Entry
    {
        public long Accepted;
        public long Rejected;
        public readonly ConcurrentDictionary<string, long> ByReason = new(StringComparer.Ordinal);
        public DecodeError? Last;
    }
}
