using System.Diagnostics.CodeAnalysis;
using Vigil.Ledger.Crypto;

namespace Vigil.Ledger.Notes;

/// <summary>
/// Cosigns checkpoints as a witness, cosignature/v1 (c2sp.org/tlog-cosignature), stamping each with
/// the injected clock's time truncated to the second. It owns its private key: dispose it to free the key.
/// </summary>
public sealed class CosignatureSigner : IDisposable
{
    private readonly Ed25519PrivateKey _key;
    private readonly TimeProvider _clock;

    /// <summary>A cosigner for this name, taking ownership of <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The name is empty or holds a space, '+' or a control character.</exception>
    public CosignatureSigner(string name, Ed25519PrivateKey key, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(clock);
        Verifier = new CosignatureVerifier(name, key.PublicKey);
        _key = key;
        _clock = clock;
    }

    /// <summary>The key name.</summary>
    public string Name => Verifier.Name;

    /// <summary>The key ID (signature type 0x04).</summary>
    public NoteKeyId KeyId => Verifier.KeyId;

    /// <summary>The matching verifier; its <see cref="NoteKey.VerifierKey"/> is what to publish.</summary>
    public CosignatureVerifier Verifier { get; }

    /// <summary>
    /// Parses a signer key <c>PRIVATE+KEY+&lt;name&gt;+&lt;key ID hex&gt;+base64(0x04 ‖ seed)</c> strictly,
    /// checking the key ID (type 0x04) against the key the seed gives.
    /// </summary>
    public static bool TryParse(string signerKey, TimeProvider clock, [NotNullWhen(true)] out CosignatureSigner? signer, out string error)
    {
        ArgumentNullException.ThrowIfNull(clock);
        signer = NoteKeyEncoding.TryParseSignerKey(signerKey, NoteSignatureType.CosignatureV1, out string? name, out Ed25519PrivateKey? key, out error)
            ? new CosignatureSigner(name, key, clock)
            : null;
        return signer is not null;
    }

    /// <summary>Parses a signer key, as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException">The key is malformed; the message says how (never the secret).</exception>
    public static CosignatureSigner Parse(string signerKey, TimeProvider clock) =>
        TryParse(signerKey, clock, out CosignatureSigner? signer, out string error) ? signer : throw new FormatException(error);

    /// <summary>The signer key text. It holds the private key: store it as a secret.</summary>
    public string ExportSignerKey() => NoteKeyEncoding.FormatSignerKey(Name, NoteSignatureType.CosignatureV1, _key);

    /// <summary>
    /// Cosigns <paramref name="checkpoint"/> now. The caller is responsible for the statement it makes:
    /// that this is the largest consistent tree it has seen for the origin.
    /// </summary>
    /// <exception cref="InvalidOperationException">The clock reads before 1970.</exception>
    /// <exception cref="ObjectDisposedException">The signer was disposed.</exception>
    public Cosignature Sign(Checkpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        DateTimeOffset now = _clock.GetUtcNow();
        if (now < DateTimeOffset.UnixEpoch)
        {
            throw new InvalidOperationException($"the clock reads {now:O}, before 1970");
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        byte[] signature = _key.Sign(Cosignature.Message(checkpoint.Format(), signedAt));
        return new Cosignature(Name, KeyId, signedAt, signature);
    }

    /// <summary>Frees the private key.</summary>
    public void Dispose() => _key.Dispose();
}
