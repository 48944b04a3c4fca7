namespace Vigil.Ledger.Notes;

/// <summary>
/// A known key that can check note signatures: its name and key ID pick the signature lines it
/// answers for (c2sp.org/signed-note: a signature is from a known key only if both match).
/// </summary>
public interface INoteVerifier
{
    /// <summary>The key name.</summary>
    string Name { get; }

    /// <summary>The key ID.</summary>
    NoteKeyId KeyId { get; }

    /// <summary>
    /// Whether <paramref name="signature"/> is this key's valid signature of the note text
    /// <paramref name="text"/>. False, never an exception, when the name or key ID differ or the
    /// signature is malformed or wrong.
    /// </summary>
    bool Verify(string text, NoteSignature signature);
}
