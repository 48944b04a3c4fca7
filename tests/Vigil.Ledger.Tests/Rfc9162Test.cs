using System.Security.Cryptography;
using System.Text;
using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests;

public class Rfc9162Test
{
    [Fact]
    public void EmptyRoot_IsSha256OfNothing() =>
        Assert.Equal("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", Rfc9162.EmptyRoot.ToBase64());

    [Fact]
    public void HashLeaf_PrefixesZeroByte()
    {
        byte[] data = Encoding.UTF8.GetBytes("vigil");
        Assert.Equal(SHA256.HashData([0x00, .. data]), Rfc9162.HashLeaf(data).ToArray());
    }

    [Fact]
    public void HashChildren_PrefixesOneByte()
    {
        Hash a = Rfc9162.HashLeaf([1]), b = Rfc9162.HashLeaf([2]);
        Assert.Equal(SHA256.HashData([0x01, .. a.ToArray(), .. b.ToArray()]), Rfc9162.HashChildren(a, b).ToArray());
        Assert.NotEqual(Rfc9162.HashChildren(a, b), Rfc9162.HashChildren(b, a));
    }

    [Fact]
    public void Hash_Base64RoundTrip_RejectsWrongLengths()
    {
        Hash h = Rfc9162.HashLeaf([7]);
        Assert.True(Hash.TryFromBase64(h.ToBase64(), out Hash back));
        Assert.Equal(h, back);
        Assert.False(Hash.TryFromBase64(Convert.ToBase64String(new byte[31]), out _));
        Assert.False(Hash.TryFromBase64(Convert.ToBase64String(new byte[33]), out _));
        Assert.False(Hash.TryFromBase64("not base64!", out _));
    }
}
