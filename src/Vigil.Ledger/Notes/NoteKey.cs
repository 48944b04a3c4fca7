using Vigil.Ledger.Crypto;

namespace Vigil.Ledger.Notes;

/// <summary>
/// What every Ed25519 note verifier key holds: a name, the public key, the key ID computed from both
/// and the signature type (c2sp.org/signed-note), and its text form
/// <c>&lt;name&gt;+&lt;key ID hex&gt;+base64(type ‖ public key)</c>.
/// </summary>
public abstract class NoteKey : INoteVerifier
{
    private readonly NoteSignatureType _type;

    /// <summary>The key for this name, public key and signature type.</summary>
    /// <exception cref="ArgumentException">The name is empty or holds a space, '+' or a control character.</exception>
    protected NoteKey(string name, Ed25519PublicKey publicKey, NoteSignatureType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(publicKey);
        if (NoteSyntax.CheckKeyName(name) is { } error)
        {
            throw new ArgumentException(error, nameof(name));
        }

        Name = name;
        PublicKey = publicKey;
        _type = type;
        KeyId = NoteKeyId.Compute(name, type, publicKey.Bytes);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public NoteKeyId KeyId { get; }

    /// <summary>The Ed25519 public key.</summary>
    public Ed25519PublicKey PublicKey { get; }

    /// <summary>The verifier key text.</summary>
    public string VerifierKey => NoteKeyEncoding.FormatVerifierKey(Name, _type, PublicKey);

    /// <inheritdoc />
    public abstract bool Verify(string text, NoteSignature signature);

    /// <summary>The verifier key text.</summary>
    public override string ToString() => VerifierKey;
}
