using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Log;

/// <summary>Where a transparency log keeps its entries, its tree, its settings and the checkpoints it issued.</summary>
public interface ILogStore
{
    /// <summary>Entries in the log.</summary>
    long Size { get; }

    /// <summary>The complete subtrees of the log's Merkle tree.</summary>
    ISubtreeSource Tree { get; }

    /// <summary>Appends entries in order as one durable batch; returns the index of the first.</summary>
    long Append(IReadOnlyList<byte[]> entries);

    /// <summary>The bytes of entry <paramref name="index"/>, exactly as appended.</summary>
    byte[] Leaf(long index);

    /// <summary>A setting (origin, signer key …), or null.</summary>
    string? GetMeta(string key);

    /// <summary>Stores a setting.</summary>
    void SetMeta(string key, string value);

    /// <summary>Records the signed note of a checkpoint of <paramref name="size"/> entries, replacing an earlier one of that size.</summary>
    void SaveCheckpoint(long size, in Hash root, string note);

    /// <summary>The signed note of the checkpoint of <paramref name="size"/> entries, or null.</summary>
    string? Checkpoint(long size);

    /// <summary>The signed note of the largest checkpoint, or null.</summary>
    string? LatestCheckpoint();

    /// <summary>The sizes of the checkpoints issued, smallest first.</summary>
    IReadOnlyList<long> CheckpointSizes();
}
