using System.Buffers.Binary;
using System.Text;
using Vigil.Ledger.Crypto;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Notes;

public class CosignatureTest
{
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1679315147);

    private static Checkpoint Checkpoint => new("vigil.example/log", 20852163, Rfc9162.HashLeaf("leaf"u8));

    [Fact]
    public void Sign_StampsTheClockTimeToTheSecond()
    {
        var clock = new FixedClock(SignedAt.AddMilliseconds(999));
        using var signer = new CosignatureSigner("vigil.example/w1", Ed25519PrivateKey.Generate(), clock);
        Cosignature cosignature = signer.Sign(Checkpoint);
        Assert.Equal(SignedAt, cosignature.SignedAt);
        Assert.Equal(signer.Name, cosignature.Name);
        Assert.Equal(signer.KeyId, cosignature.KeyId);
        Assert.Equal(NoteKeyId.Compute(signer.Name, NoteSignatureType.CosignatureV1, signer.Verifier.PublicKey.Bytes), signer.KeyId);
    }

    [Fact]
    public void Sign_SignsTheCosignatureV1Message()
    {
        using var key = Ed25519PrivateKey.Generate();
        var publicKey = key.PublicKey;
        using var signer = new CosignatureSigner("vigil.example/w1", key, new FixedClock(SignedAt));
        Cosignature cosignature = signer.Sign(Checkpoint);

        // c2sp.org/tlog-cosignature, "Ed25519 signed message": header line, time line, then the checkpoint text.
        byte[] message = Encoding.UTF8.GetBytes("cosignature/v1\ntime 1679315147\n" + Checkpoint.Format());
        Assert.True(publicKey.Verify(message, cosignature.Signature));
    }

    [Fact]
    public void ToNoteSignature_IsKeyIdTimestampSignature()
    {
        using var signer = new CosignatureSigner("vigil.example/w1", Ed25519PrivateKey.Generate(), new FixedClock(SignedAt));
        Cosignature cosignature = signer.Sign(Checkpoint);
        NoteSignature line = cosignature.ToNoteSignature();
        Assert.Equal(72, line.Signature.Length);
        Assert.Equal(1679315147UL, BinaryPrimitives.ReadUInt64BigEndian(line.Signature));
        Assert.Equal(cosignature.Signature.ToArray(), line.Signature[8..].ToArray());

        Assert.True(Cosignature.TryDecode(line, out Cosignature? back, out string error), error);
        Assert.Equal(cosignature, back);
        Assert.Equal(line.ToString(), cosignature.ToString());
    }

    [Fact]
    public void RoundTrip_SignFormatParseVerifyCosignVerify()
    {
        var clock = new FixedClock(SignedAt);
        using var log = new NoteSigner("vigil.example/log", Ed25519PrivateKey.Generate());
        using var witness = new CosignatureSigner("vigil.example/w1", Ed25519PrivateKey.Generate(), clock);

        // The log signs, the note travels as text.
        Checkpoint checkpoint = Checkpoint;
        string text = new SignedNote(checkpoint.Format(), [log.Sign(checkpoint.Format())]).Format();

        // A witness parses, checks the log's signature, cosigns.
        Assert.True(SignedNote.TryParse(text, out SignedNote? note, out string error), error);
        Assert.Equal(NoteVerdict.Accepted, new NoteVerifierSet([log.Verifier]).Verify(note).Verdict);
        Assert.True(Checkpoint.TryParse(note.Text, out Checkpoint? parsed, out error), error);
        Assert.Equal(checkpoint, parsed);
        string cosigned = note.WithSignature(witness.Sign(parsed).ToNoteSignature()).Format();

        // A client with both keys, from their verifier key text, accepts it with both signatures.
        var client = new NoteVerifierSet([NoteVerifier.Parse(log.Verifier.VerifierKey), CosignatureVerifier.Parse(witness.Verifier.VerifierKey)]);
        Assert.True(SignedNote.TryParse(cosigned, out SignedNote? received, out error), error);
        NoteVerification result = client.Verify(received);
        Assert.Equal(NoteVerdict.Accepted, result.Verdict);
        Assert.Equal(2, result.Verified.Count);

        // And reads the witness's time.
        Assert.True(Cosignature.TryDecode(received.Signatures[1], out Cosignature? cosignature, out error), error);
        Assert.Equal(SignedAt, cosignature.SignedAt);
        Assert.True(witness.Verifier.Verify(checkpoint, cosignature));
    }

    [Fact]
    public void Verify_TamperedCheckpointOrTimestamp_Fails()
    {
        using var witness = new CosignatureSigner("vigil.example/w1", Ed25519PrivateKey.Generate(), new FixedClock(SignedAt));
        Checkpoint checkpoint = Checkpoint;
        Cosignature cosignature = witness.Sign(checkpoint);
        CosignatureVerifier verifier = witness.Verifier;
        Assert.True(verifier.Verify(checkpoint, cosignature));

        Assert.False(verifier.Verify(new Checkpoint(checkpoint.Origin, checkpoint.Size + 1, checkpoint.RootHash), cosignature));
        Assert.False(verifier.Verify(new Checkpoint(checkpoint.Origin, checkpoint.Size, Rfc9162.HashLeaf("other"u8)), cosignature));
        Assert.False(verifier.Verify(new Checkpoint("vigil.example/other", checkpoint.Size, checkpoint.RootHash), cosignature));
        Assert.False(verifier.Verify(new Checkpoint(checkpoint.Origin, checkpoint.Size, checkpoint.RootHash, ["extension"]), cosignature));

        var laterStamp = new Cosignature(cosignature.Name, cosignature.KeyId, cosignature.SignedAt.AddSeconds(1), cosignature.Signature);
        Assert.False(verifier.Verify(checkpoint, laterStamp));
    }

    [Fact]
    public void Verify_TamperedNoteFields_FailThroughTheVerifierSet()
    {
        using var log = new NoteSigner("vigil.example/log", Ed25519PrivateKey.Generate());
        using var witness = new CosignatureSigner("vigil.example/w1", Ed25519PrivateKey.Generate(), new FixedClock(SignedAt));
        Checkpoint checkpoint = Checkpoint;
        var note = new SignedNote(checkpoint.Format(), [log.Sign(checkpoint.Format()), witness.Sign(checkpoint).ToNoteSignature()]);
        var set = new NoteVerifierSet([log.Verifier, witness.Verifier]);
        Assert.Equal(2, set.Verify(note).Verified.Count);

        foreach (Checkpoint tampered in new[]
        {
            new Checkpoint(checkpoint.Origin, checkpoint.Size - 1, checkpoint.RootHash),
            new Checkpoint(checkpoint.Origin, checkpoint.Size, Rfc9162.EmptyRoot),
            new Checkpoint("vigil.example/log2", checkpoint.Size, checkpoint.RootHash),
        })
        {
            NoteVerification result = set.Verify(new SignedNote(tampered.Format(), note.Signatures));
            Assert.Equal(NoteVerdict.BadSignature, result.Verdict);
            Assert.Equal(2, result.Failed.Count);
        }

        // A different timestamp in the witness line breaks only the cosignature.
        byte[] bytes = note.Signatures[1].Signature.ToArray();
        bytes[7] ^= 0x01;
        var restamped = new SignedNote(note.Text, [note.Signatures[0], new NoteSignature(witness.Name, witness.KeyId, bytes)]);
        NoteVerification restampedResult = set.Verify(restamped);
        Assert.Equal([note.Signatures[0]], restampedResult.Verified);
        Assert.Single(restampedResult.Failed);
    }

    [Fact]
    public void CosignatureKey_IsNotANoteKey()
    {
        // Same name and public key, but type 0x04 gives another key ID: a plain Ed25519 signature of the
        // text from this key is unknown to a cosignature verifier, and the other way round.
        using var key = Ed25519PrivateKey.Generate();
        var publicKey = key.PublicKey;
        using var witness = new CosignatureSigner("vigil.example/w1", key, new FixedClock(SignedAt));
        var asNoteKey = new NoteVerifier("vigil.example/w1", publicKey);
        Assert.NotEqual(asNoteKey.KeyId, witness.KeyId);

        NoteSignature cosignature = witness.Sign(Checkpoint).ToNoteSignature();
        NoteVerification result = new NoteVerifierSet([asNoteKey]).Verify(new SignedNote(Checkpoint.Format(), [cosignature]));
        Assert.Equal(NoteVerdict.NoKnownSignature, result.Verdict);
    }

    [Theory]
    [InlineData(71, "cosignature from w is 71 bytes after the key ID, want 72 (8-byte time, 64-byte signature)")]
    [InlineData(73, "cosignature from w is 73 bytes after the key ID, want 72 (8-byte time, 64-byte signature)")]
    public void TryDecode_WrongLength_SaysWhy(int length, string expected)
    {
        Assert.False(Cosignature.TryDecode(new NoteSignature("w", default, new byte[length]), out Cosignature? cosignature, out string error));
        Assert.Null(cosignature);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData(0x8000000000000000UL, "cosignature from w: timestamp 9223372036854775808 is larger than 2^63 - 1")]
    [InlineData(253402300800UL, "cosignature from w: timestamp 253402300800 is after the year 9999")]
    public void TryDecode_TimestampOutOfRange_SaysWhy(ulong seconds, string expected)
    {
        byte[] bytes = new byte[72];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, seconds);
        Assert.False(Cosignature.TryDecode(new NoteSignature("w", default, bytes), out _, out string error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryDecode_LastSecondOfYear9999_IsAccepted()
    {
        byte[] bytes = new byte[72];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, 253402300799UL);
        Assert.True(Cosignature.TryDecode(new NoteSignature("w", default, bytes), out Cosignature? cosignature, out string error), error);
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero), cosignature.SignedAt);
    }

    [Fact]
    public void CosignatureVerifier_MalformedSignatureLine_ReturnsFalse()
    {
        using var witness = new CosignatureSigner("vigil.example/w1", Ed25519PrivateKey.Generate(), new FixedClock(SignedAt));
        Assert.False(witness.Verifier.Verify(Checkpoint.Format(), new NoteSignature(witness.Name, witness.KeyId, new byte[64])));
    }

    [Fact]
    public void Constructor_Invalid_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Cosignature("w", default, SignedAt.AddMilliseconds(1), new byte[64]));
        Assert.Throws<ArgumentException>(() => new Cosignature("w", default, DateTimeOffset.UnixEpoch.AddSeconds(-1), new byte[64]));
        Assert.Throws<ArgumentException>(() => new Cosignature("w", default, SignedAt, new byte[63]));
        Assert.Throws<ArgumentException>(() => new Cosignature("w w", default, SignedAt, new byte[64]));
    }

    [Fact]
    public void Sign_ClockBefore1970_Throws()
    {
        using var witness = new CosignatureSigner("w", Ed25519PrivateKey.Generate(), new FixedClock(DateTimeOffset.UnixEpoch.AddSeconds(-1)));
        Assert.Throws<InvalidOperationException>(() => witness.Sign(Checkpoint));
    }

    [Fact]
    public void SignerKey_RoundTripsWithType04()
    {
        var clock = new FixedClock(SignedAt);
        byte[] seed = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        using var witness = new CosignatureSigner("vigil.example/w1", Ed25519PrivateKey.FromSeed(seed), clock);
        string skey = witness.ExportSignerKey();
        Assert.Equal($"PRIVATE+KEY+vigil.example/w1+{witness.KeyId}+{Convert.ToBase64String([0x04, .. seed])}", skey);

        using CosignatureSigner back = CosignatureSigner.Parse(skey, clock);
        Assert.Equal(witness.KeyId, back.KeyId);
        Assert.Equal(witness.Sign(Checkpoint), back.Sign(Checkpoint));

        // A type 0x01 signer key is not a cosigner key, and the other way round.
        Assert.False(NoteSigner.TryParse(skey, out _, out string error));
        Assert.Equal("signer key: signature type got 0x04, want 0x01", error);
        using var noteSigner = new NoteSigner("vigil.example/w1", Ed25519PrivateKey.Generate());
        Assert.False(CosignatureSigner.TryParse(noteSigner.ExportSignerKey(), clock, out _, out error));
        Assert.Equal("signer key: signature type got 0x01, want 0x04", error);
    }

    [Fact]
    public void VerifierKey_RoundTripsWithType04()
    {
        using var witness = new CosignatureSigner("vigil.example/w1", Ed25519PrivateKey.Generate(), new FixedClock(SignedAt));
        string vkey = witness.Verifier.VerifierKey;
        Assert.Equal($"vigil.example/w1+{witness.KeyId}+{Convert.ToBase64String([0x04, .. witness.Verifier.PublicKey.Bytes])}", vkey);
        Assert.Equal(vkey, CosignatureVerifier.Parse(vkey).ToString());
        Assert.False(NoteVerifier.TryParse(vkey, out _, out string error));
        Assert.Equal("verifier key: signature type got 0x04, want 0x01", error);
        Assert.Equal("verifier key: signature type got 0x01, want 0x04",
            Assert.Throws<FormatException>(() => CosignatureVerifier.Parse("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")).Message);
    }
}
