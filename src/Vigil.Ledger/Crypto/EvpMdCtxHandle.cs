using System.Runtime.InteropServices;

namespace Vigil.Ledger.Crypto;

/// <summary>An owned libcrypto EVP_MD_CTX, freed with EVP_MD_CTX_free.</summary>
internal sealed class EvpMdCtxHandle : SafeHandle
{
    /// <summary>An empty handle, for the interop marshaller to fill.</summary>
    public EvpMdCtxHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        LibCrypto.EVP_MD_CTX_free(handle);
        return true;
    }
}
