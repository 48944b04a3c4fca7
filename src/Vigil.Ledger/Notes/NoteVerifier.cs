using System.Diagnostics.CodeAnalysis;
using System.Text;
using Vigil.Ledger.Crypto;

namespace Vigil.Ledger.Notes;

/// <summary>
/// An Ed25519 note key (signature type 0x01) that checks signatures over the note text. Its text form
/// is the verifier key <c>&lt;name&gt;+&lt;key ID hex&gt;+base64(0x01 ‖ public key)</c>.
/// </summary>
public sealed class NoteVerifier : NoteKey
{
    /// <summary>The verifier for this name and public key; the key ID is computed (c2sp.org/signed-note).</summary>
    /// <exception cref="ArgumentException">The name is empty or holds a space, '+' or a control character.</exception>
    public NoteVerifier(string name, Ed25519PublicKey publicKey)
        : base(name, publicKey, NoteSignatureType.Ed25519)
    {
    }

    /// <summary>
    /// Parses a verifier key strictly: a valid name, 8 lowercase hex digits, canonical base64 of 0x01
    /// and 32 key bytes, and a key ID that matches the name and key.
    /// </summary>
    public static bool TryParse(string verifierKey, [NotNullWhen(true)] out NoteVerifier? verifier, out string error)
    {
        verifier = NoteKeyEncoding.TryParseVerifierKey(verifierKey, NoteSignatureType.Ed25519, out string? name, out Ed25519PublicKey? key, out error)
            ? new NoteVerifier(name, key)
            : null;
        return verifier is not null;
    }

    /// <summary>Parses a verifier key, as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException">The key is malformed; the message says how.</exception>
    public static NoteVerifier Parse(string verifierKey) =>
        TryParse(verifierKey, out NoteVerifier? verifier, out string error) ? verifier : throw new FormatException(error);

    /// <summary>Whether <paramref name="signature"/> is this key's Ed25519 signature of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public override bool Verify(string text, NoteSignature signature)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signature);
        return signature.Name == Name
            && signature.KeyId == KeyId
            && PublicKey.Verify(Encoding.UTF8.GetBytes(text), signature.Signature);
    }
}
