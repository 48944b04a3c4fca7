using System.Diagnostics.CodeAnalysis;
using System.Text;
using Vigil.Ledger.Crypto;

namespace Vigil.Ledger.Notes;

/// <summary>
/// Signs note texts with an Ed25519 key (signature type 0x01). It owns its private key: dispose it to
/// free the key.
/// </summary>
public sealed class NoteSigner : IDisposable
{
    private readonly Ed25519PrivateKey _key;

    /// <summary>A signer for this name, taking ownership of <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The name is empty or holds a space, '+' or a control character.</exception>
    public NoteSigner(string name, Ed25519PrivateKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Verifier = new NoteVerifier(name, key.PublicKey);
        _key = key;
    }

    /// <summary>The key name.</summary>
    public string Name => Verifier.Name;

    /// <summary>The key ID.</summary>
    public NoteKeyId KeyId => Verifier.KeyId;

    /// <summary>The matching verifier; its <see cref="NoteKey.VerifierKey"/> is what to publish.</summary>
    public NoteVerifier Verifier { get; }

    /// <summary>
    /// Parses a signer key <c>PRIVATE+KEY+&lt;name&gt;+&lt;key ID hex&gt;+base64(0x01 ‖ seed)</c> strictly,
    /// checking the key ID against the key the seed gives.
    /// </summary>
    public static bool TryParse(string signerKey, [NotNullWhen(true)] out NoteSigner? signer, out string error)
    {
        signer = NoteKeyEncoding.TryParseSignerKey(signerKey, NoteSignatureType.Ed25519, out string? name, out Ed25519PrivateKey? key, out error)
            ? new NoteSigner(name, key)
            : null;
        return signer is not null;
    }

    /// <summary>Parses a signer key, as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException">The key is malformed; the message says how (never the secret).</exception>
    public static NoteSigner Parse(string signerKey) =>
        TryParse(signerKey, out NoteSigner? signer, out string error) ? signer : throw new FormatException(error);

    /// <summary>The signer key text. It holds the private key: store it as a secret.</summary>
    public string ExportSignerKey() => NoteKeyEncoding.FormatSignerKey(Name, NoteSignatureType.Ed25519, _key);

    /// <summary>The signature line for <paramref name="text"/>, the Ed25519 signature of its UTF-8 bytes.</summary>
    /// <exception cref="ArgumentException">The text cannot be a note text (empty, no final newline, control characters).</exception>
    /// <exception cref="ObjectDisposedException">The signer was disposed.</exception>
    public NoteSignature Sign(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (SignedNote.CheckText(text) is { } error)
        {
            throw new ArgumentException(error, nameof(text));
        }

        return new NoteSignature(Name, KeyId, _key.Sign(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Frees the private key.</summary>
    public void Dispose() => _key.Dispose();
}
