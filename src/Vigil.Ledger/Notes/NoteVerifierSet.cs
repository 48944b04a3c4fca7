namespace Vigil.Ledger.Notes;

/// <summary>
/// The known keys of a note reader, indexed once by (key name, key ID). Per c2sp.org/signed-note a
/// signature is from a known key only if both match; others are ignored, even when one of the two
/// matches.
/// </summary>
public sealed class NoteVerifierSet
{
    private readonly Dictionary<(string Name, NoteKeyId KeyId), INoteVerifier> _byKey = [];

    /// <summary>The set of these verifiers.</summary>
    /// <exception cref="ArgumentException">Two verifiers share a name and key ID.</exception>
    public NoteVerifierSet(IEnumerable<INoteVerifier> verifiers)
    {
        ArgumentNullException.ThrowIfNull(verifiers);
        foreach (INoteVerifier verifier in verifiers)
        {
            ArgumentNullException.ThrowIfNull(verifier, nameof(verifiers));
            if (!_byKey.TryAdd((verifier.Name, verifier.KeyId), verifier))
            {
                throw new ArgumentException($"two verifiers for key {verifier.Name}+{verifier.KeyId}", nameof(verifiers));
            }
        }
    }

    /// <summary>Number of known keys.</summary>
    public int Count => _byKey.Count;

    /// <summary>Checks every signature line of <paramref name="note"/> from a known key.</summary>
    public NoteVerification Verify(SignedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        List<NoteSignature> verified = [], failed = [], unknown = [];
        foreach (NoteSignature signature in note.Signatures)
        {
            if (!_byKey.TryGetValue((signature.Name, signature.KeyId), out INoteVerifier? verifier))
            {
                unknown.Add(signature);
            }
            else if (verifier.Verify(note.Text, signature))
            {
                verified.Add(signature);
            }
            else
            {
                failed.Add(signature);
            }
        }

        return new NoteVerification(verified, failed, unknown);
    }
}
