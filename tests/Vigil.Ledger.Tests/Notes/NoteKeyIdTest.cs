using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Notes;

public class NoteKeyIdTest
{
    [Fact]
    public void ToString_IsEightLowercaseHexDigits()
    {
        Assert.Equal("0000000a", new NoteKeyId(10).ToString());
        Assert.Equal("ffffffff", new NoteKeyId(uint.MaxValue).ToString());
    }

    [Theory]
    [InlineData("530d903a", true)]
    [InlineData("00000000", true)]
    [InlineData("530D903A", false)]
    [InlineData("530d903", false)]
    [InlineData("530d903a0", false)]
    [InlineData("+30d903a", false)]
    [InlineData("530d903g", false)]
    public void TryParseHex_OnlyEightLowercaseDigits(string text, bool valid)
    {
        Assert.Equal(valid, NoteKeyId.TryParseHex(text, out NoteKeyId? keyId));
        if (valid)
        {
            Assert.Equal(text, keyId.ToString());
        }
    }

    [Fact]
    public void BigEndian_RoundTrips()
    {
        Span<byte> bytes = stackalloc byte[4];
        new NoteKeyId(0x8d66cf3f).WriteBigEndian(bytes);
        Assert.Equal([0x8d, 0x66, 0xcf, 0x3f], bytes.ToArray());
        Assert.Equal(new NoteKeyId(0x8d66cf3f), NoteKeyId.ReadBigEndian(bytes));
    }

    [Fact]
    public void Compute_DependsOnTheSignatureType()
    {
        byte[] key = new byte[32];
        Assert.NotEqual(
            NoteKeyId.Compute("vigil.example/w", NoteSignatureType.Ed25519, key),
            NoteKeyId.Compute("vigil.example/w", NoteSignatureType.CosignatureV1, key));
    }

    [Fact]
    public void GetHashCode_HighBitSet_DoesNotOverflow() => _ = new NoteKeyId(0x8d66cf3f).GetHashCode();
}
