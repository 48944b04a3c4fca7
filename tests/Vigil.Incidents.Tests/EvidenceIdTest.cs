using System.Text;

namespace Vigil.Incidents.Tests;

public sealed class EvidenceIdTest
{
    [Fact]
    public void Of_IsSha256_PrintedWithPrefix()
    {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        EvidenceId id = EvidenceId.Of(Encoding.ASCII.GetBytes("abc"));
        Assert.Equal("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", id.ToString());
    }

    [Fact]
    public void Parse_EitherCaseWithOrWithoutPrefix_Equal()
    {
        EvidenceId id = EvidenceId.Of([]);
        Assert.Equal(id, EvidenceId.Parse(id.ToString()));
        Assert.Equal(id, EvidenceId.Parse(id.Hex.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("sha256:abc")]
    [InlineData("md5:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void TryParse_NotSha256_False(string s)
    {
        Assert.False(EvidenceId.TryParse(s, out _));
        Assert.Throws<FormatException>(() => EvidenceId.Parse(s));
    }

    [Fact]
    public void Origin_UrlMustBeAbsolute()
    {
        Assert.Throws<ArgumentException>(() => new EvidenceOrigin(OriginKind.Url, "/relative/path"));
        Assert.Equal("device:camera 3", EvidenceOrigin.Device("camera 3").ToString());
    }
}
