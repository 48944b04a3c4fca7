namespace Vigil.Ledger.Notes;

/// <summary>What to make of a signed note, given the known keys (c2sp.org/signed-note, "Signatures").</summary>
public enum NoteVerdict
{
    /// <summary>At least one known key's signature verified and none failed: the text may be used.</summary>
    Accepted,

    /// <summary>No signature is from a known key: the note MUST be rejected.</summary>
    NoKnownSignature,

    /// <summary>A known key's signature failed to verify: the note SHOULD be rejected, whatever else verified.</summary>
    BadSignature,
}
