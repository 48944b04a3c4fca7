using Vigil.Ledger.Crypto;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Notes;

public class NoteVerifierSetTest
{
    private const string Text = "vigil.example/log\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";

    [Fact]
    public void Verify_SortsEachSignatureIntoVerifiedFailedOrUnknown()
    {
        using var log = new NoteSigner("vigil.example/log", Ed25519PrivateKey.Generate());
        using var other = new NoteSigner("vigil.example/other", Ed25519PrivateKey.Generate());
        using var sameName = new NoteSigner("vigil.example/log", Ed25519PrivateKey.Generate());

        NoteSignature good = log.Sign(Text);
        NoteSignature unknown = other.Sign(Text);
        NoteSignature sameNameOtherId = sameName.Sign(Text);
        var note = new SignedNote(Text, [good, unknown, sameNameOtherId]);

        NoteVerification result = new NoteVerifierSet([log.Verifier]).Verify(note);
        Assert.Equal([good], result.Verified);
        Assert.Empty(result.Failed);
        Assert.Equal([unknown, sameNameOtherId], result.Unknown);
        Assert.Equal(NoteVerdict.Accepted, result.Verdict);
    }

    [Fact]
    public void Verify_KnownKeyWithBadSignature_IsBadSignatureEvenIfAnotherVerifies()
    {
        using var log = new NoteSigner("vigil.example/log", Ed25519PrivateKey.Generate());
        using var witness = new NoteSigner("vigil.example/witness", Ed25519PrivateKey.Generate());
        NoteSignature forged = witness.Sign("something else\n");
        var note = new SignedNote(Text, [log.Sign(Text), forged]);

        NoteVerification result = new NoteVerifierSet([log.Verifier, witness.Verifier]).Verify(note);
        Assert.Single(result.Verified);
        Assert.Equal([forged], result.Failed);
        Assert.Equal(NoteVerdict.BadSignature, result.Verdict);
    }

    [Fact]
    public void Verify_NoKnownKey_IsNoKnownSignature()
    {
        using var log = new NoteSigner("vigil.example/log", Ed25519PrivateKey.Generate());
        var note = new SignedNote(Text, [log.Sign(Text)]);
        NoteVerification result = new NoteVerifierSet([]).Verify(note);
        Assert.Equal(NoteVerdict.NoKnownSignature, result.Verdict);
        Assert.Single(result.Unknown);
    }

    [Fact]
    public void Constructor_DuplicateKey_Throws()
    {
        using var log = new NoteSigner("vigil.example/log", Ed25519PrivateKey.Generate());
        NoteVerifier copy = NoteVerifier.Parse(log.Verifier.VerifierKey);
        var e = Assert.Throws<ArgumentException>(() => new NoteVerifierSet([log.Verifier, copy]));
        Assert.StartsWith($"two verifiers for key vigil.example/log+{log.KeyId}", e.Message);
    }
}
