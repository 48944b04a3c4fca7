using System.Security.Cryptography;

namespace Vigil.Ledger.Crypto;

/// <summary>
/// An Ed25519 private key (RFC 8032 §5.1.5), held by libcrypto and made from a 32-byte seed. Signing
/// is deterministic: the same key and message always give the same 64-byte signature. Each call uses
/// its own libcrypto context and the key is never modified, so one instance may sign from several
/// threads. Dispose it to free the key.
/// </summary>
public sealed class Ed25519PrivateKey : IDisposable
{
    /// <summary>Bytes in a seed (RFC 8032 calls it the private key).</summary>
    public const int SeedSize = 32;

    /// <summary>Bytes in a signature.</summary>
    public const int SignatureSize = 64;

    private readonly EvpPKeyHandle _key;

    private Ed25519PrivateKey(EvpPKeyHandle key, Ed25519PublicKey publicKey)
    {
        _key = key;
        PublicKey = publicKey;
    }

    /// <summary>The key with this 32-byte seed.</summary>
    /// <exception cref="ArgumentException">Not exactly 32 bytes.</exception>
    /// <exception cref="CryptographicException">libcrypto failed.</exception>
    public static Ed25519PrivateKey FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedSize)
        {
            throw new ArgumentException($"an Ed25519 seed is {SeedSize} bytes, got {seed.Length}", nameof(seed));
        }

        EvpPKeyHandle key = LibCrypto.EVP_PKEY_new_raw_private_key(LibCrypto.EvpPKeyEd25519, IntPtr.Zero, seed, SeedSize);
        if (key.IsInvalid)
        {
            key.Dispose();
            throw LibCrypto.Failure(nameof(LibCrypto.EVP_PKEY_new_raw_private_key));
        }

        try
        {
            Span<byte> publicKey = stackalloc byte[Ed25519PublicKey.Size];
            nuint length = Ed25519PublicKey.Size;
            if (LibCrypto.EVP_PKEY_get_raw_public_key(key, publicKey, ref length) != 1 || length != Ed25519PublicKey.Size)
            {
                throw LibCrypto.Failure(nameof(LibCrypto.EVP_PKEY_get_raw_public_key));
            }

            return new Ed25519PrivateKey(key, Ed25519PublicKey.From(publicKey));
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>A new key from a seed drawn from <see cref="RandomNumberGenerator"/>.</summary>
    /// <exception cref="CryptographicException">libcrypto failed.</exception>
    public static Ed25519PrivateKey Generate()
    {
        Span<byte> seed = stackalloc byte[SeedSize];
        RandomNumberGenerator.Fill(seed);
        try
        {
            return FromSeed(seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>The matching public key.</summary>
    public Ed25519PublicKey PublicKey { get; }

    /// <summary>Writes the 64-byte signature of <paramref name="message"/> to the start of <paramref name="signature"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="signature"/> is shorter than 64 bytes.</exception>
    /// <exception cref="ObjectDisposedException">The key was disposed.</exception>
    /// <exception cref="CryptographicException">libcrypto failed.</exception>
    public void Sign(ReadOnlySpan<byte> message, Span<byte> signature)
    {
        if (signature.Length < SignatureSize)
        {
            throw new ArgumentException($"an Ed25519 signature is {SignatureSize} bytes, the buffer has {signature.Length}", nameof(signature));
        }

        ObjectDisposedException.ThrowIf(_key.IsClosed, this);
        using EvpMdCtxHandle context = LibCrypto.NewContext();
        if (LibCrypto.EVP_DigestSignInit(context, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, _key) != 1)
        {
            throw LibCrypto.Failure(nameof(LibCrypto.EVP_DigestSignInit));
        }

        nuint length = SignatureSize;
        if (LibCrypto.EVP_DigestSign(context, signature, ref length, message, (nuint)message.Length) != 1 || length != SignatureSize)
        {
            throw LibCrypto.Failure(nameof(LibCrypto.EVP_DigestSign));
        }
    }

    /// <summary>The 64-byte signature of <paramref name="message"/>.</summary>
    /// <exception cref="ObjectDisposedException">The key was disposed.</exception>
    /// <exception cref="CryptographicException">libcrypto failed.</exception>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        byte[] signature = new byte[SignatureSize];
        Sign(message, signature);
        return signature;
    }

    /// <summary>Writes the 32-byte seed to the start of <paramref name="destination"/> (secret: wipe it after use).</summary>
    internal void CopySeedTo(Span<byte> destination)
    {
        ObjectDisposedException.ThrowIf(_key.IsClosed, this);
        nuint length = SeedSize;
        if (LibCrypto.EVP_PKEY_get_raw_private_key(_key, destination[..SeedSize], ref length) != 1 || length != SeedSize)
        {
            throw LibCrypto.Failure(nameof(LibCrypto.EVP_PKEY_get_raw_private_key));
        }
    }

    /// <summary>Frees the key in libcrypto.</summary>
    public void Dispose() => _key.Dispose();
}
