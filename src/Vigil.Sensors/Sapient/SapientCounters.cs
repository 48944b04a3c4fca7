using System.Collections.Concurrent;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// Thread-safe counts of accepted and rejected SAPIENT messages per node, with a reason for every rejection. A
/// connection that has not registered is counted under "unregistered &lt;remote address&gt;".
/// </summary>
public sealed class SapientCounters
{
    private readonly ConcurrentDictionary<string, Node> _nodes = new(StringComparer.Ordinal);

    /// <summary>Counts one accepted message from <paramref name="node"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public void Accept(string node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Interlocked.Increment(ref _nodes.GetOrAdd(node, static _ => new Node()).Accepted);
    }

    /// <summary>Counts one rejected message from <paramref name="node"/> for <paramref name="reason"/>.</summary>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    public void Reject(string node, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        _nodes.GetOrAdd(node, static _ => new Node()).Reasons.AddOrUpdate(reason, 1, static (_, n) => n + 1);
    }

    /// <summary>The counts now, per node.</summary>
    public IReadOnlyDictionary<string, SapientNodeCounts> Snapshot()
    {
        var result = new Dictionary<string, SapientNodeCounts>(StringComparer.Ordinal);
        foreach (var (name, node) in _nodes)
        {
            var reasons = new Dictionary<string, long>(node.Reasons, StringComparer.Ordinal);
            result[name] = new SapientNodeCounts(Interlocked.Read(ref node.Accepted), reasons.Values.Sum(), reasons);
        }

        return result;
    }

    private sealed class Node
    {
        public readonly ConcurrentDictionary<string, long> Reasons = new(StringComparer.Ordinal);
        public long Accepted;
    }
}
