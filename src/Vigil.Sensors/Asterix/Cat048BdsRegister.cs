namespace Vigil.Sensors.Asterix;

/// <summary>
/// One repetition of CAT048 I250 BDS Register Data: 56 bits of Mode S Comm-B message data and the BDS
/// register address (EUROCONTROL-SPEC-0149-4 CAT048 v1.31 §5.2.19). The default value is register 0,0 with no data.
/// </summary>
public readonly struct Cat048BdsRegister : IEquatable<Cat048BdsRegister>
{
    private readonly ulong _raw;

    /// <summary>Creates a register from its 56 data bits (MB) and address nibbles BDS1 and BDS2 (0-15 each).</summary>
    public Cat048BdsRegister(ulong mbData, byte bds1, byte bds2)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mbData, 0x00FF_FFFF_FFFF_FFFFUL);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bds1, (byte)15);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bds2, (byte)15);
        _raw = (mbData << 8) | (uint)(bds1 << 4) | bds2;
    }

    private Cat048BdsRegister(ulong raw, bool _) => _raw = raw;

    /// <summary>The 56 bits of Comm-B message data (MB).</summary>
    public ulong MbData => _raw >> 8;

    /// <summary>BDS1, the register's first address nibble.</summary>
    public byte Bds1 => (byte)((_raw >> 4) & 0xF);

    /// <summary>BDS2, the register's second address nibble.</summary>
    public byte Bds2 => (byte)(_raw & 0xF);

    /// <summary>The eight octets as transmitted.</summary>
    public ulong Raw => _raw;

    internal static Cat048BdsRegister FromRaw(ulong raw) => new(raw, false);

    /// <inheritdoc />
    public bool Equals(Cat048BdsRegister other) => _raw == other._raw;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Cat048BdsRegister other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _raw.GetHashCode();

    /// <summary>Equality of the eight octets.</summary>
    public static bool operator ==(Cat048BdsRegister left, Cat048BdsRegister right) => left.Equals(right);

    /// <summary>Inequality of the eight octets.</summary>
    public static bool operator !=(Cat048BdsRegister left, Cat048BdsRegister right) => !left.Equals(right);
}
