namespace Vigil.Ledger.Notes;

/// <summary>
/// The outcome of checking a note's signatures against a set of known keys: each signature line is
/// in exactly one of <see cref="Verified"/>, <see cref="Failed"/> and <see cref="Unknown"/>.
/// </summary>
public sealed class NoteVerification
{
    internal NoteVerification(IReadOnlyList<NoteSignature> verified, IReadOnlyList<NoteSignature> failed, IReadOnlyList<NoteSignature> unknown)
    {
        Verified = verified;
        Failed = failed;
        Unknown = unknown;
    }

    /// <summary>Signatures from known keys that verified.</summary>
    public IReadOnlyList<NoteSignature> Verified { get; }

    /// <summary>Signatures whose name and key ID match a known key but that did not verify.</summary>
    public IReadOnlyList<NoteSignature> Failed { get; }

    /// <summary>Signatures from keys not in the set, ignored as the spec requires (kept to be counted).</summary>
    public IReadOnlyList<NoteSignature> Unknown { get; }

    /// <summary>Accepted, or why not.</summary>
    public NoteVerdict Verdict => Failed.Count > 0
        ? NoteVerdict.BadSignature
        : Verified.Count > 0 ? NoteVerdict.Accepted : NoteVerdict.NoKnownSignature;
}
