namespace Vigil.Ledger.Notes;

/// <summary>
/// The signature type identifier byte of c2sp.org/signed-note ("Signature types"). It goes into the
/// key ID hash and is the first byte of a verifier key's key data.
/// </summary>
public enum NoteSignatureType : byte
{
    /// <summary>0x01: Ed25519 over the note text (c2sp.org/signed-note).</summary>
    Ed25519 = 0x01,

    /// <summary>0x04: timestamped Ed25519 witness cosignature, cosignature/v1 (c2sp.org/tlog-cosignature).</summary>
    CosignatureV1 = 0x04,
}
