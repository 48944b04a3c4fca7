namespace Vigil.Ledger.Verification;

/// <summary>What kind of fault a verification found.</summary>
public enum ProblemKind
{
    /// <summary>A checkpoint carries no valid signature by the log key, or a bad one.</summary>
    BadLogSignature,

    /// <summary>A checkpoint's origin is not the bundle's origin.</summary>
    WrongOrigin,

    /// <summary>Two validly signed checkpoints of one size have different roots.</summary>
    Fork,

    /// <summary>An older checkpoint is larger than the one the bundle presents as its latest.</summary>
    NotLatest,

    /// <summary>Fewer entries than the checkpoint commits to.</summary>
    EntriesRemoved,

    /// <summary>More entries than the checkpoint commits to.</summary>
    EntriesAdded,

    /// <summary>The entries' root is not the checkpoint's: an entry was changed or moved.</summary>
    EntriesRewritten,

    /// <summary>An older checkpoint's root is not the root of that prefix of the entries the latest commits to: the log did not only grow.</summary>
    HistoryRewritten,

    /// <summary>A configured witness's cosignature does not verify.</summary>
    BadCosignature,

    /// <summary>Fewer configured witnesses cosigned than the threshold.</summary>
    TooFewWitnesses,

    /// <summary>The entry's leaf hash is not the one the inclusion proof is for.</summary>
    LeafHashMismatch,

    /// <summary>The inclusion proof is for a tree of another size than the checkpoint's.</summary>
    TreeSizeMismatch,

    /// <summary>The inclusion proof does not lead to the checkpoint's root.</summary>
    InclusionFails,
}
