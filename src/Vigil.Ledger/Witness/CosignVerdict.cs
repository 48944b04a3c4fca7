namespace Vigil.Ledger.Witness;

/// <summary>What a witness made of a checkpoint it was asked to cosign.</summary>
public enum CosignVerdict
{
    /// <summary>Cosigned: the first checkpoint seen for the log, the same tree again, or a proven extension of the last one.</summary>
    Cosigned,

    /// <summary>Refused: the note or the checkpoint in it does not parse.</summary>
    MalformedCheckpoint,

    /// <summary>Refused: the note carries no valid signature by the log key, or a bad one.</summary>
    BadLogSignature,

    /// <summary>Refused: the checkpoint's origin is not the log key's name.</summary>
    WrongOrigin,

    /// <summary>Refused: the last checkpoint cosigned for this origin is not signed by the given log key.</summary>
    LogKeyChanged,

    /// <summary>Refused: same size as the last checkpoint cosigned, different root.</summary>
    Fork,

    /// <summary>Refused: fewer entries than the last checkpoint cosigned (a rollback).</summary>
    Smaller,

    /// <summary>Refused: larger than the last checkpoint cosigned, and no consistency proof between the two sizes was given.</summary>
    ProofRequired,

    /// <summary>Refused: the consistency proof does not verify against the two roots.</summary>
    BadProof,

    /// <summary>Failed: the witness's stored state for this origin is unreadable.</summary>
    StateCorrupt,
}
