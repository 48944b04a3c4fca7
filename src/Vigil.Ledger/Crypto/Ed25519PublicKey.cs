namespace Vigil.Ledger.Crypto;

/// <summary>
/// An Ed25519 public key (RFC 8032 §5.1.5): 32 bytes, compared by value. Verification goes through
/// libcrypto; a key whose bytes are not a curve point simply verifies nothing.
/// </summary>
public sealed class Ed25519PublicKey : IEquatable<Ed25519PublicKey>
{
    /// <summary>Bytes in a public key.</summary>
    public const int Size = 32;

    private readonly byte[] _bytes;

    private Ed25519PublicKey(byte[] bytes) => _bytes = bytes;

    /// <summary>The public key with these 32 bytes.</summary>
    /// <exception cref="ArgumentException">Not exactly 32 bytes.</exception>
    public static Ed25519PublicKey From(ReadOnlySpan<byte> bytes) => bytes.Length == Size
        ? new Ed25519PublicKey(bytes.ToArray())
        : throw new ArgumentException($"an Ed25519 public key is {Size} bytes, got {bytes.Length}", nameof(bytes));

    /// <summary>The 32 bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>
    /// Whether <paramref name="signature"/> is this key's Ed25519 signature of <paramref name="message"/>.
    /// False, never an exception, for a wrong signature, a signature that is not 64 bytes or a key
    /// libcrypto cannot load.
    /// </summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">libcrypto could not allocate a context.</exception>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != Ed25519PrivateKey.SignatureSize)
        {
            return false;
        }

        using EvpPKeyHandle key = LibCrypto.EVP_PKEY_new_raw_public_key(LibCrypto.EvpPKeyEd25519, IntPtr.Zero, _bytes, Size);
        if (key.IsInvalid)
        {
            LibCrypto.ERR_clear_error();
            return false;
        }

        using EvpMdCtxHandle context = LibCrypto.NewContext();
        if (LibCrypto.EVP_DigestVerifyInit(context, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, key) != 1)
        {
            LibCrypto.ERR_clear_error();
            return false;
        }

        int result = LibCrypto.EVP_DigestVerify(context, signature, (nuint)signature.Length, message, (nuint)message.Length);
        if (result != 1)
        {
            // A failed verification queues an error in OpenSSL 3; it is an answer here, not an error.
            LibCrypto.ERR_clear_error();
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    public bool Equals(Ed25519PublicKey? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ed25519PublicKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(_bytes);

    /// <summary>Standard base64 of the 32 bytes.</summary>
    public override string ToString() => Convert.ToBase64String(_bytes);
}
