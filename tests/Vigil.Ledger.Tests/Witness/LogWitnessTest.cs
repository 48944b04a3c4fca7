using Vigil.Ledger.Crypto;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Tests.Log;
using Vigil.Ledger.Tests.Notes;
using Vigil.Ledger.Verification;
using Vigil.Ledger.Witness;

namespace Vigil.Ledger.Tests.Witness;

public sealed class LogWitnessTest : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_780_000_000);

    private readonly TestLog _log = new(entries: 9);
    private readonly MemoryWitnessState _state = new();
    private readonly CosignatureSigner _signer = new("vigil.example/w1", Ed25519PrivateKey.FromSeed(new byte[32]), new FixedClock(Now.AddMilliseconds(250)));
    private readonly LogWitness _witness;

    public LogWitnessTest() => _witness = new LogWitness(_signer, _state);

    public void Dispose()
    {
        _signer.Dispose();
        _log.Dispose();
    }

    [Fact]
    public void Cosign_FirstCheckpoint_TrustsItAndRemembersIt()
    {
        string note = _log.Checkpoint();
        CosignOutcome outcome = _witness.Cosign(_log.Key, note, null);

        Assert.Equal(CosignVerdict.Cosigned, outcome.Verdict);
        Assert.Null(outcome.PreviousSize);
        Assert.Equal(note, _state.Notes[TestLog.Origin]);
        Assert.Equal(Now, outcome.Cosignature!.SignedAt);
        Assert.True(_witness.Verifier.Verify(outcome.Checkpoint!, outcome.Cosignature));
    }

    [Fact]
    public void Cosign_Cosignature_IsAcceptedByTheLog()
    {
        CosignOutcome outcome = _witness.Cosign(_log.Key, _log.Checkpoint(), null);
        SignedNote? note = _log.Log.AddCosignature(9, _witness.Verifier, outcome.Cosignature!.ToNoteSignature(), out string error);
        Assert.True(note is not null, error);
        Assert.Equal(2, note.Signatures.Count);
    }

    [Fact]
    public void Cosign_GrowthWithConsistencyProof_Cosigns()
    {
        Cosign(_log.Checkpoint());
        _log.Append(5);
        CosignOutcome outcome = _witness.Cosign(_log.Key, _log.Checkpoint(), Proof(9, 14));

        Assert.Equal(CosignVerdict.Cosigned, outcome.Verdict);
        Assert.Equal(9, outcome.PreviousSize);
        Assert.Equal(14, Stored().Size);
    }

    [Fact]
    public void Cosign_SameCheckpointAgain_CosignsWithoutSaving()
    {
        string note = Cosign(_log.Checkpoint());
        CosignOutcome again = _witness.Cosign(_log.Key, note, null);
        Assert.Equal(CosignVerdict.Cosigned, again.Verdict);
        Assert.Equal(1, _state.Saves);
    }

    [Fact]
    public void Cosign_GrowthFromTheEmptyTree_NeedsNoProof()
    {
        using var log = new TestLog();
        Assert.True(_witness.Cosign(log.Key, log.Checkpoint(), null).Cosigned);
        log.Append(3);
        Assert.True(_witness.Cosign(log.Key, log.Checkpoint(), null).Cosigned);
    }

    [Fact]
    public void Cosign_Fork_RefusesNamingBothRoots()
    {
        Cosign(_log.Checkpoint());
        Hash other = Rfc9162.HashLeaf("another history"u8);
        CosignOutcome outcome = _witness.Cosign(_log.Key, _log.Sign(9, other), null);

        Assert.Equal(CosignVerdict.Fork, outcome.Verdict);
        Assert.Equal($"fork: checkpoint of size 9 has root {other}, but this witness cosigned root {_log.Log.Root(9)} for that size", outcome.Error);
        Assert.Null(outcome.Cosignature);
        Assert.Equal(_log.Log.Root(9), Stored().RootHash);
    }

    [Fact]
    public void Cosign_SmallerTree_Refuses()
    {
        string five = _log.Sign(5, _log.Log.Root(5));
        Cosign(_log.Checkpoint());
        CosignOutcome outcome = _witness.Cosign(_log.Key, five, null);

        Assert.Equal(CosignVerdict.Smaller, outcome.Verdict);
        Assert.Equal("checkpoint size 5 is smaller than the 9 already cosigned", outcome.Error);
        Assert.Equal(9, Stored().Size);
    }

    [Fact]
    public void Cosign_GrowthWithoutProof_AsksForOne()
    {
        Cosign(_log.Checkpoint());
        _log.Append(3);
        CosignOutcome outcome = _witness.Cosign(_log.Key, _log.Checkpoint(), null);

        Assert.Equal(CosignVerdict.ProofRequired, outcome.Verdict);
        Assert.Equal("checkpoint size 12 is larger than the 9 already cosigned: a consistency proof from 9 to 12 is needed", outcome.Error);
    }

    [Fact]
    public void Cosign_ProofBetweenOtherSizes_Refuses()
    {
        Cosign(_log.Checkpoint());
        _log.Append(3);
        CosignOutcome outcome = _witness.Cosign(_log.Key, _log.Checkpoint(), Proof(8, 12));

        Assert.Equal(CosignVerdict.ProofRequired, outcome.Verdict);
        Assert.Equal("consistency proof is from 8 to 12, want from 9 to 12", outcome.Error);
    }

    [Fact]
    public void Cosign_BadProof_RefusesWithTheProofError()
    {
        Cosign(_log.Checkpoint());
        _log.Append(3);
        ConsistencyProof good = Proof(9, 12);
        Hash[] hashes = [.. good.Proof];
        hashes[^1] = Rfc9162.HashLeaf("tampered"u8);
        CosignOutcome outcome = _witness.Cosign(_log.Key, _log.Checkpoint(), new ConsistencyProof(9, 12, hashes));

        Assert.Equal(CosignVerdict.BadProof, outcome.Verdict);
        Assert.StartsWith("consistency proof from 9 to 12 does not verify: calculated root", outcome.Error);
        Assert.Equal(9, Stored().Size);
    }

    [Fact]
    public void Cosign_GrowthThatRewroteHistory_FailsTheProof()
    {
        Cosign(_log.Checkpoint());

        // Twelve entries where entry 3 differs: a valid proof within that history, not from the one cosigned.
        var other = new MerkleTree();
        for (int i = 0; i < 12; i++)
        {
            other.Append(Rfc9162.HashLeaf(i == 3 ? "rewritten"u8 : TestLog.Entry(i)));
        }

        var proof = new ConsistencyProof(9, 12, MerkleProofs.Consistency(9, 12, other));
        CosignOutcome outcome = _witness.Cosign(_log.Key, _log.Sign(12, other.Root()), proof);

        Assert.Equal(CosignVerdict.BadProof, outcome.Verdict);
        Assert.Equal($"consistency proof from 9 to 12 does not verify: calculated root1 {other.Root(9)}, want {_log.Log.Root(9)}", outcome.Error);
    }

    [Fact]
    public void Cosign_WrongLogKey_Refuses()
    {
        using var other = new TestLog(entries: 9);
        CosignOutcome outcome = _witness.Cosign(_log.Key, other.Checkpoint(), null);

        Assert.Equal(CosignVerdict.BadLogSignature, outcome.Verdict);
        Assert.Equal($"checkpoint of size 9: not signed by the log's key {TestLog.Origin}+{_log.Key.KeyId}", outcome.Error);
        Assert.Empty(_state.Notes);
    }

    [Fact]
    public void Cosign_FlippedLogSignature_Refuses()
    {
        SignedNote note = _log.Log.Checkpoint();
        byte[] bytes = note.Signatures[0].Signature.ToArray();
        bytes[10] ^= 0x01;
        string forged = new SignedNote(note.Text, [new NoteSignature(note.Signatures[0].Name, note.Signatures[0].KeyId, bytes)]).Format();
        CosignOutcome outcome = _witness.Cosign(_log.Key, forged, null);

        Assert.Equal(CosignVerdict.BadLogSignature, outcome.Verdict);
        Assert.Equal($"checkpoint of size 9: signature by {TestLog.Origin} does not verify", outcome.Error);
    }

    [Fact]
    public void Cosign_OriginIsNotTheKeyName_Refuses()
    {
        using var signer = new NoteSigner("vigil.example/other", Ed25519PrivateKey.Generate());
        string text = new Checkpoint(TestLog.Origin, 9, _log.Log.Root(9)).Format();
        string note = new SignedNote(text, [signer.Sign(text)]).Format();
        CosignOutcome outcome = _witness.Cosign(signer.Verifier, note, null);

        Assert.Equal(CosignVerdict.WrongOrigin, outcome.Verdict);
        Assert.Equal($"checkpoint origin is \"{TestLog.Origin}\", the log key's name is \"vigil.example/other\"", outcome.Error);
    }

    [Fact]
    public void Cosign_SecondKeyForAKnownOrigin_Refuses()
    {
        Cosign(_log.Checkpoint());
        using var impostor = new NoteSigner(TestLog.Origin, Ed25519PrivateKey.Generate());
        string text = new Checkpoint(TestLog.Origin, 20, Rfc9162.HashLeaf("x"u8)).Format();
        CosignOutcome outcome = _witness.Cosign(impostor.Verifier, new SignedNote(text, [impostor.Sign(text)]).Format(), null);

        Assert.Equal(CosignVerdict.LogKeyChanged, outcome.Verdict);
        Assert.Contains("the log's key changed", outcome.Error);
    }

    [Fact]
    public void Cosign_MalformedNote_Refuses()
    {
        CosignOutcome outcome = _witness.Cosign(_log.Key, "vigil.example/log\n9\n", null);
        Assert.Equal(CosignVerdict.MalformedCheckpoint, outcome.Verdict);
        Assert.Equal("checkpoint: note has no blank line between the text and the signatures", outcome.Error);
    }

    [Fact]
    public void Cosign_UnreadableState_Fails()
    {
        _state.Notes[TestLog.Origin] = "garbage";
        CosignOutcome outcome = _witness.Cosign(_log.Key, _log.Checkpoint(), null);
        Assert.Equal(CosignVerdict.StateCorrupt, outcome.Verdict);
        Assert.StartsWith($"the stored checkpoint for {TestLog.Origin} is unreadable: ", outcome.Error);
    }

    private string Cosign(string note)
    {
        CosignOutcome outcome = _witness.Cosign(_log.Key, note, null);
        Assert.True(outcome.Cosigned, outcome.Error);
        return note;
    }

    private Checkpoint Stored()
    {
        Assert.True(SignedCheckpoint.TryParse(_state.Notes[TestLog.Origin], out SignedCheckpoint? stored, out string error), error);
        return stored.Checkpoint;
    }

    private ConsistencyProof Proof(long from, long to) => new(from, to, _log.Log.Consistency(from, to));
}
