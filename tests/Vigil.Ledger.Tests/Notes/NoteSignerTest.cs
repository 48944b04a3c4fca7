using Vigil.Ledger.Crypto;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Notes;

public class NoteSignerTest
{
    // RFC 8032 §7.1 TEST 1 secret key, used here only as a known seed.
    private static readonly byte[] Seed = Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

    [Fact]
    public void ExportSignerKey_ParsesBackToTheSameKey()
    {
        using var signer = new NoteSigner("vigil.example/log", Ed25519PrivateKey.FromSeed(Seed));
        string skey = signer.ExportSignerKey();
        Assert.Equal($"PRIVATE+KEY+vigil.example/log+{signer.KeyId}+{Convert.ToBase64String([0x01, .. Seed])}", skey);

        using NoteSigner back = NoteSigner.Parse(skey);
        Assert.Equal(signer.Name, back.Name);
        Assert.Equal(signer.KeyId, back.KeyId);
        Assert.Equal(signer.Verifier.VerifierKey, back.Verifier.VerifierKey);
        Assert.Equal(signer.Sign("same\n"), back.Sign("same\n"));
    }

    [Fact]
    public void Sign_GivesTheNoteSignatureOfTheText()
    {
        using var signer = new NoteSigner("vigil.example/log", Ed25519PrivateKey.FromSeed(Seed));
        NoteSignature signature = signer.Sign("hello\n");
        Assert.Equal("vigil.example/log", signature.Name);
        Assert.Equal(signer.KeyId, signature.KeyId);
        Assert.Equal(64, signature.Signature.Length);
        Assert.True(signer.Verifier.PublicKey.Verify("hello\n"u8, signature.Signature));
    }

    [Fact]
    public void Sign_NotANoteText_Throws()
    {
        using var signer = new NoteSigner("vigil.example/log", Ed25519PrivateKey.Generate());
        Assert.Throws<ArgumentException>(() => signer.Sign("no newline"));
        Assert.Throws<ArgumentException>(() => signer.Sign(""));
        Assert.Throws<ArgumentException>(() => signer.Sign("tab\there\n"));
    }

    [Fact]
    public void Constructor_BadName_Throws() =>
        Assert.Equal("key name 'a+b' contains '+' (Parameter 'name')",
            Assert.Throws<ArgumentException>(() => new NoteSigner("a+b", Ed25519PrivateKey.Generate())).Message);

    [Theory]
    [InlineData("vigil.example/log+00000000+AQ==", "signer key must start with 'PRIVATE+KEY+'")]
    [InlineData("PRIVATE+KEY+vigil.example/log", "signer key must be 'PRIVATE+KEY+<name>+<key ID>+<key data>'")]
    [InlineData("PRIVATE+KEY+vigil.example/log+xyz+AQ==", "signer key: key ID must be 8 lowercase hex digits, got 'xyz'")]
    [InlineData("PRIVATE+KEY+vigil.example/log+00000000+AQ=", "signer key: key data is not canonical base64")]
    [InlineData("PRIVATE+KEY+vigil.example/log+00000000+AQ==", "signer key: key is 0 bytes, want 32")]
    [InlineData("PRIVATE+KEY+vigil.example/log+00000000+Ap1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g", "signer key: signature type got 0x02, want 0x01")]
    public void TryParse_Malformed_SaysWhy(string signerKey, string expected)
    {
        Assert.False(NoteSigner.TryParse(signerKey, out NoteSigner? signer, out string error));
        Assert.Null(signer);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_KeyIdNotOfThisKey_SaysWhichIdItWants()
    {
        using var signer = new NoteSigner("vigil.example/log", Ed25519PrivateKey.FromSeed(Seed));
        string wrong = $"PRIVATE+KEY+vigil.example/log+00000000+{Convert.ToBase64String([0x01, .. Seed])}";
        Assert.False(NoteSigner.TryParse(wrong, out _, out string error));
        Assert.Equal($"signer key: key ID got 00000000, want {signer.KeyId} (computed from the name and the key)", error);
    }
}
