using Vigil.Ledger.Log;
using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Log;

/// <summary>A log store in memory: entries in a list, the tree in a <see cref="MerkleTree"/>.</summary>
internal sealed class MemoryLogStore : ILogStore
{
    private readonly List<byte[]> _entries = [];
    private readonly MerkleTree _tree = new();
    private readonly Dictionary<string, string> _meta = [];
    private readonly SortedDictionary<long, string> _checkpoints = [];

    public long Size => _entries.Count;

    public ISubtreeSource Tree => _tree;

    public long Append(IReadOnlyList<byte[]> entries)
    {
        long first = Size;
        foreach (byte[] entry in entries)
        {
            _entries.Add(entry);
            _tree.Append(Rfc9162.HashLeaf(entry));
        }

        return first;
    }

    public byte[] Leaf(long index) => _entries[checked((int)index)];

    public string? GetMeta(string key) => _meta.GetValueOrDefault(key);

    public void SetMeta(string key, string value) => _meta[key] = value;

    public void SaveCheckpoint(long size, in Hash root, string note) => _checkpoints[size] = note;

    public string? Checkpoint(long size) => _checkpoints.GetValueOrDefault(size);

    public string? LatestCheckpoint() => _checkpoints.Count == 0 ? null : _checkpoints.Last().Value;

    public IReadOnlyList<long> CheckpointSizes() => [.. _checkpoints.Keys];
}
