using System.Runtime.InteropServices;

namespace Vigil.Ledger.Crypto;

/// <summary>An owned libcrypto EVP_PKEY, freed with EVP_PKEY_free.</summary>
internal sealed class EvpPKeyHandle : SafeHandle
{
    /// <summary>An empty handle, for the interop marshaller to fill.</summary>
    public EvpPKeyHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        LibCrypto.EVP_PKEY_free(handle);
        return true;
    }
}
