using System.Text;
using System.Text.Json;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Notes;

/// <summary>The worked examples of c2sp.org/signed-note, tlog-checkpoint and tlog-cosignature (testdata/signed-note/SOURCE.md).</summary>
public class C2spExampleTest
{
    private static readonly JsonElement Vectors = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "signed-note", "c2sp_signed_note_example.json"))).RootElement;

    private static string VerifierKey => Vectors.GetProperty("vkey").GetString()!;

    private static string Note => Vectors.GetProperty("note").GetString()!;

    private static JsonElement CheckpointExample => Vectors.GetProperty("checkpoint_example_unverifiable");

    // Test 1.
    [Fact]
    public void VerifierKey_Example_ParsesWithKeyId530d903a()
    {
        NoteVerifier verifier = NoteVerifier.Parse(VerifierKey);
        Assert.Equal("example.com/foo", verifier.Name);
        Assert.Equal("530d903a", verifier.KeyId.ToString());
        Assert.Equal(new NoteKeyId(0x530d903a), NoteKeyId.Compute("example.com/foo", NoteSignatureType.Ed25519, verifier.PublicKey.Bytes));
        Assert.Equal(VerifierKey, verifier.VerifierKey);
    }

    [Fact]
    public void Note_Example_ParsesAndFormatsBack()
    {
        Assert.True(SignedNote.TryParse(Note, out SignedNote? note, out string error), error);
        Assert.Equal("This is an example message.\n", note.Text);
        NoteSignature signature = Assert.Single(note.Signatures);
        Assert.Equal("example.com/foo", signature.Name);
        Assert.Equal("530d903a", signature.KeyId.ToString());
        Assert.Equal(64, signature.Signature.Length);
        Assert.Equal(Note, note.Format());
    }

    [Fact]
    public void Note_Example_VerifiesWithTheExampleKey()
    {
        Assert.True(SignedNote.TryParse(Note, out SignedNote? note, out _));
        NoteVerification result = new NoteVerifierSet([NoteVerifier.Parse(VerifierKey)]).Verify(note);
        Assert.Equal(NoteVerdict.Accepted, result.Verdict);
        Assert.Single(result.Verified);
    }

    [Fact]
    public void Note_ExampleWithAnyTextByteFlipped_FailsToVerify()
    {
        var set = new NoteVerifierSet([NoteVerifier.Parse(VerifierKey)]);
        byte[] bytes = Encoding.UTF8.GetBytes(Note);
        int textLength = "This is an example message.\n".Length;
        for (int i = 0; i < textLength - 1; i++)
        {
            byte[] tampered = (byte[])bytes.Clone();
            tampered[i] ^= 0x01;
            Assert.True(SignedNote.TryParse(tampered, out SignedNote? note, out string error), error);
            Assert.Equal(NoteVerdict.BadSignature, set.Verify(note).Verdict);
        }
    }

    [Fact]
    public void Note_ExampleWithSignatureByteFlipped_FailsToVerify()
    {
        Assert.True(SignedNote.TryParse(Note, out SignedNote? note, out _));
        NoteSignature original = note.Signatures[0];
        byte[] bytes = original.Signature.ToArray();
        bytes[10] ^= 0x80;
        var tampered = new SignedNote(note.Text, [new NoteSignature(original.Name, original.KeyId, bytes)]);
        NoteVerification result = new NoteVerifierSet([NoteVerifier.Parse(VerifierKey)]).Verify(tampered);
        Assert.Equal(NoteVerdict.BadSignature, result.Verdict);
        Assert.Single(result.Failed);
    }

    // Test 2.
    [Fact]
    public void Checkpoint_Example_ParsesOriginSizeRootAndTwoSignatures()
    {
        string text = CheckpointExample.GetProperty("text").GetString()!;
        JsonElement expected = CheckpointExample.GetProperty("expected");
        Assert.True(SignedNote.TryParse(text, out SignedNote? note, out string error), error);
        Assert.Equal(expected.GetProperty("signature_lines").GetInt32(), note.Signatures.Count);
        Assert.Equal(text, note.Format());

        Assert.True(Checkpoint.TryParse(note.Text, out Checkpoint? checkpoint, out error), error);
        Assert.Equal(expected.GetProperty("origin").GetString(), checkpoint.Origin);
        Assert.Equal(20852163, checkpoint.Size);
        Assert.Equal(expected.GetProperty("tree_size").GetInt64(), checkpoint.Size);
        Assert.True(Hash.TryFromBase64(expected.GetProperty("root_hash_b64").GetString()!, out Hash root));
        Assert.Equal(root, checkpoint.RootHash);
        Assert.Empty(checkpoint.Extensions);
        Assert.Equal(note.Text, checkpoint.Format());
    }

    [Fact]
    public void Checkpoint_ExampleWitnessLine_DecodesKeyIdTimestampAndSignature()
    {
        Assert.True(SignedNote.TryParse(CheckpointExample.GetProperty("text").GetString()!, out SignedNote? note, out _));
        Assert.Equal("example.com/behind-the-sofa", note.Signatures[0].Name);
        NoteSignature witness = note.Signatures[1];
        Assert.Equal("witness.example.com/w1", witness.Name);
        Assert.Equal("8d66cf3f", witness.KeyId.ToString());

        Assert.True(Cosignature.TryDecode(witness, out Cosignature? cosignature, out string error), error);
        Assert.Equal(1679315147, cosignature.SignedAt.ToUnixTimeSeconds());
        Assert.Equal(CheckpointExample.GetProperty("expected").GetProperty("witness_timestamp").GetInt64(), cosignature.SignedAt.ToUnixTimeSeconds());
        Assert.Equal(64, cosignature.Signature.Length);
        Assert.Equal(witness, cosignature.ToNoteSignature());
    }

    [Fact]
    public void Checkpoint_ExampleAgainstUnrelatedKeys_HasNoKnownSignature()
    {
        Assert.True(SignedNote.TryParse(CheckpointExample.GetProperty("text").GetString()!, out SignedNote? note, out _));
        NoteVerification result = new NoteVerifierSet([NoteVerifier.Parse(VerifierKey)]).Verify(note);
        Assert.Equal(NoteVerdict.NoKnownSignature, result.Verdict);
        Assert.Equal(2, result.Unknown.Count);
    }
}
