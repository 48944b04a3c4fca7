using Vigil.Ledger.Crypto;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Notes;

public class NoteVerifierTest
{
    // The c2sp.org/signed-note example verifier key.
    private const string ExampleKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";

    [Theory]
    [InlineData("", "verifier key must be '<name>+<key ID>+<key data>'")]
    [InlineData("example.com/foo+530d903a", "verifier key must be '<name>+<key ID>+<key data>'")]
    [InlineData("+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "verifier key: key name is empty")]
    [InlineData("example com+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "verifier key: key name 'example com' contains a space (U+0020)")]
    [InlineData("example.com/foo+530D903A+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "verifier key: key ID must be 8 lowercase hex digits, got '530D903A'")]
    [InlineData("example.com/foo+530d903+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "verifier key: key ID must be 8 lowercase hex digits, got '530d903'")]
    [InlineData("example.com/foo+0530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "verifier key: key ID must be 8 lowercase hex digits, got '0530d903a'")]
    [InlineData("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2", "verifier key: key data is not canonical base64")]
    [InlineData("example.com/foo+530d903a+Aeky eRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "verifier key: key data is not canonical base64")]
    [InlineData("example.com/foo+530d903a+", "verifier key: key data is not canonical base64")]
    [InlineData("example.com/foo+530d903a+BOkyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "verifier key: signature type got 0x04, want 0x01")]
    [InlineData("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U0=", "verifier key: key is 31 bytes, want 32")]
    [InlineData("example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "verifier key: key ID got 530d903b, want 530d903a (computed from the name and the key)")]
    [InlineData("example.com/bar+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k", "verifier key: key ID got 530d903a, want c6fb2e3e (computed from the name and the key)")]
    public void TryParse_Malformed_SaysWhy(string verifierKey, string expected)
    {
        Assert.False(NoteVerifier.TryParse(verifierKey, out NoteVerifier? verifier, out string error));
        Assert.Null(verifier);
        Assert.Equal(expected, error);
        Assert.Equal(expected, Assert.Throws<FormatException>(() => NoteVerifier.Parse(verifierKey)).Message);
    }

    [Fact]
    public void Constructor_ComputesTheKeyIdAndVerifierKey()
    {
        NoteVerifier parsed = NoteVerifier.Parse(ExampleKey);
        var built = new NoteVerifier("example.com/foo", parsed.PublicKey);
        Assert.Equal(parsed.KeyId, built.KeyId);
        Assert.Equal(ExampleKey, built.VerifierKey);
        Assert.Equal(ExampleKey, built.ToString());
    }

    [Fact]
    public void Verify_OtherNameOrKeyId_ReturnsFalse()
    {
        using var signer = new NoteSigner("vigil.example/log", Ed25519PrivateKey.Generate());
        NoteSignature signature = signer.Sign("text\n");
        Assert.True(signer.Verifier.Verify("text\n", signature));
        Assert.False(signer.Verifier.Verify("text\n", new NoteSignature("vigil.example/other", signature.KeyId, signature.Signature)));
        Assert.False(signer.Verifier.Verify("text\n", new NoteSignature(signature.Name, new NoteKeyId(signature.KeyId.Value ^ 1), signature.Signature)));
        Assert.False(signer.Verifier.Verify("text\n", new NoteSignature(signature.Name, signature.KeyId, signature.Signature[..63])));
        Assert.False(signer.Verifier.Verify("text!\n", signature));
    }
}
