using System.Diagnostics.CodeAnalysis;
using Vigil.Ledger.Crypto;

namespace Vigil.Ledger.Notes;

/// <summary>
/// A witness's cosignature/v1 key (c2sp.org/tlog-cosignature): an Ed25519 public key whose key ID is
/// computed with signature type 0x04. Its text form is the verifier key
/// <c>&lt;name&gt;+&lt;key ID hex&gt;+base64(0x04 ‖ public key)</c>. It also works as an
/// <see cref="INoteVerifier"/> in a <see cref="NoteVerifierSet"/>.
/// </summary>
public sealed class CosignatureVerifier : NoteKey
{
    /// <summary>The verifier for this name and public key.</summary>
    /// <exception cref="ArgumentException">The name is empty or holds a space, '+' or a control character.</exception>
    public CosignatureVerifier(string name, Ed25519PublicKey publicKey)
        : base(name, publicKey, NoteSignatureType.CosignatureV1)
    {
    }

    /// <summary>
    /// Parses a verifier key strictly: a valid name, 8 lowercase hex digits, canonical base64 of 0x04
    /// and 32 key bytes, and a key ID that matches the name and key.
    /// </summary>
    public static bool TryParse(string verifierKey, [NotNullWhen(true)] out CosignatureVerifier? verifier, out string error)
    {
        verifier = NoteKeyEncoding.TryParseVerifierKey(verifierKey, NoteSignatureType.CosignatureV1, out string? name, out Ed25519PublicKey? key, out error)
            ? new CosignatureVerifier(name, key)
            : null;
        return verifier is not null;
    }

    /// <summary>Parses a verifier key, as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException">The key is malformed; the message says how.</exception>
    public static CosignatureVerifier Parse(string verifierKey) =>
        TryParse(verifierKey, out CosignatureVerifier? verifier, out string error) ? verifier : throw new FormatException(error);

    /// <summary>Whether <paramref name="cosignature"/> is this key's valid cosignature of <paramref name="checkpoint"/>.</summary>
    public bool Verify(Checkpoint checkpoint, Cosignature cosignature)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(cosignature);
        return Verify(checkpoint.Format(), cosignature);
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is this key's valid cosignature of the note text
    /// <paramref name="text"/> (the whole checkpoint, extension lines included).
    /// </summary>
    public override bool Verify(string text, NoteSignature signature)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signature);
        return Cosignature.TryDecode(signature, out Cosignature? cosignature, out _) && Verify(text, cosignature);
    }

    private bool Verify(string text, Cosignature cosignature) =>
        cosignature.Name == Name
        && cosignature.KeyId == KeyId
        && PublicKey.Verify(Cosignature.Message(text, cosignature.SignedAt), cosignature.Signature);
}
