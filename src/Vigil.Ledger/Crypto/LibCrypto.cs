using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Ledger.Crypto;

/// <summary>
/// The few OpenSSL 3 libcrypto entry points the ledger signs and verifies with: Ed25519 through the
/// EVP one-shot interface (EVP_DigestSign / EVP_DigestVerify, with no message digest, as Ed25519
/// hashes internally). .NET has no Ed25519 and the ledger does no curve arithmetic of its own.
/// </summary>
internal static partial class LibCrypto
{
    /// <summary>The shared library, by soname (Linux).</summary>
    private const string Library = "libcrypto.so.3";

    /// <summary>EVP_PKEY_ED25519, which is NID_ED25519 in openssl/obj_mac.h.</summary>
    internal const int EvpPKeyEd25519 = 1087;

    [LibraryImport(Library)]
    internal static partial EvpPKeyHandle EVP_PKEY_new_raw_private_key(int type, IntPtr engine, ReadOnlySpan<byte> key, nuint keyLength);

    [LibraryImport(Library)]
    internal static partial EvpPKeyHandle EVP_PKEY_new_raw_public_key(int type, IntPtr engine, ReadOnlySpan<byte> key, nuint keyLength);

    [LibraryImport(Library)]
    internal static partial int EVP_PKEY_get_raw_public_key(EvpPKeyHandle key, Span<byte> publicKey, ref nuint length);

    [LibraryImport(Library)]
    internal static partial int EVP_PKEY_get_raw_private_key(EvpPKeyHandle key, Span<byte> privateKey, ref nuint length);

    [LibraryImport(Library)]
    internal static partial void EVP_PKEY_free(IntPtr key);

    [LibraryImport(Library)]
    internal static partial EvpMdCtxHandle EVP_MD_CTX_new();

    [LibraryImport(Library)]
    internal static partial void EVP_MD_CTX_free(IntPtr context);

    /// <summary><paramref name="digest"/> must be NULL for Ed25519.</summary>
    [LibraryImport(Library)]
    internal static partial int EVP_DigestSignInit(EvpMdCtxHandle context, IntPtr keyContext, IntPtr digest, IntPtr engine, EvpPKeyHandle key);

    [LibraryImport(Library)]
    internal static partial int EVP_DigestSign(EvpMdCtxHandle context, Span<byte> signature, ref nuint signatureLength, ReadOnlySpan<byte> message, nuint messageLength);

    /// <summary><paramref name="digest"/> must be NULL for Ed25519.</summary>
    [LibraryImport(Library)]
    internal static partial int EVP_DigestVerifyInit(EvpMdCtxHandle context, IntPtr keyContext, IntPtr digest, IntPtr engine, EvpPKeyHandle key);

    /// <summary>1 when the signature verifies, 0 when it does not, negative on other errors.</summary>
    [LibraryImport(Library)]
    internal static partial int EVP_DigestVerify(EvpMdCtxHandle context, ReadOnlySpan<byte> signature, nuint signatureLength, ReadOnlySpan<byte> message, nuint messageLength);

    [LibraryImport(Library)]
    internal static partial CULong ERR_get_error();

    [LibraryImport(Library)]
    internal static partial void ERR_error_string_n(CULong error, Span<byte> buffer, nuint length);

    [LibraryImport(Library)]
    internal static partial void ERR_clear_error();

    /// <summary>
    /// The exception for a libcrypto call that failed, naming the function and libcrypto's first queued
    /// error; empties this thread's error queue so the failure does not leak into later calls.
    /// </summary>
    internal static CryptographicException Failure(string function)
    {
        CULong code = ERR_get_error();
        string detail = string.Empty;
        if (code.Value != 0)
        {
            Span<byte> text = stackalloc byte[256];
            ERR_error_string_n(code, text, (nuint)text.Length);
            int end = text.IndexOf((byte)0);
            detail = ": " + Encoding.ASCII.GetString(end < 0 ? text : text[..end]);
        }

        ERR_clear_error();
        return new CryptographicException($"libcrypto {function} failed{detail}");
    }

    /// <summary>A new EVP_MD_CTX.</summary>
    /// <exception cref="CryptographicException">libcrypto could not allocate one.</exception>
    internal static EvpMdCtxHandle NewContext()
    {
        EvpMdCtxHandle context = EVP_MD_CTX_new();
        if (context.IsInvalid)
        {
            context.Dispose();
            throw Failure(nameof(EVP_MD_CTX_new));
        }

        return context;
    }
}
