using Vigil.Ledger.Crypto;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Tests.Log;
using Vigil.Ledger.Tests.Notes;
using Vigil.Ledger.Verification;

namespace Vigil.Ledger.Tests.Verification;

/// <summary>
/// A log of 13 entries with checkpoints at 4, 8 and 13, three witnesses of which the first two
/// cosigned the latest checkpoint, and its exported bundle with threshold 2.
/// </summary>
internal sealed class BundleFixture : IDisposable
{
    public BundleFixture()
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1_780_000_000));
        Witnesses = [.. Enumerable.Range(1, 3).Select(i => new CosignatureSigner($"vigil.example/w{i}", Ed25519PrivateKey.Generate(), clock))];
        foreach (int size in new[] { 4, 8, 13 })
        {
            Log.Append(size - (int)Log.Log.Size);
            SignedNote note = Log.Log.Checkpoint();
            Assert.True(Checkpoint.TryParse(note.Text, out Checkpoint? checkpoint, out _));
            for (int w = 0; w < 2; w++)
            {
                Assert.NotNull(Log.Log.AddCosignature(size, Witnesses[w].Verifier, Witnesses[w].Sign(checkpoint).ToNoteSignature(), out string error));
            }
        }

        Bundle = Export(threshold: 2);
    }

    public TestLog Log { get; } = new();

    public CosignatureSigner[] Witnesses { get; }

    public Bundle Bundle { get; }

    public Bundle Export(int threshold)
    {
        Assert.True(Bundle.TryExport(Log.Log, Witnesses.Select(w => w.Verifier), threshold, out Bundle? bundle, out string error), error);
        return bundle;
    }

    /// <summary><see cref="Bundle"/> with some parts replaced.</summary>
    public Bundle With(
        SignedCheckpoint? checkpoint = null,
        IEnumerable<SignedCheckpoint>? checkpoints = null,
        IEnumerable<ReadOnlyMemory<byte>>? entries = null,
        int? threshold = null,
        NoteVerifier? logKey = null) =>
        new(Bundle.Origin, logKey ?? Bundle.LogKey, Bundle.WitnessKeys, threshold ?? Bundle.Threshold, checkpoint ?? Bundle.Checkpoint, checkpoints ?? Bundle.Checkpoints, entries ?? Bundle.Entries);

    public static SignedCheckpoint Parse(string note)
    {
        Assert.True(SignedCheckpoint.TryParse(note, out SignedCheckpoint? parsed, out string error), error);
        return parsed;
    }

    /// <summary>The note with one byte of signature line <paramref name="line"/> flipped.</summary>
    public static SignedCheckpoint FlipSignatureByte(SignedCheckpoint signed, int line)
    {
        NoteSignature[] signatures = [.. signed.Note.Signatures];
        byte[] bytes = signatures[line].Signature.ToArray();
        bytes[^5] ^= 0x40;
        signatures[line] = new NoteSignature(signatures[line].Name, signatures[line].KeyId, bytes);
        return new SignedCheckpoint(new SignedNote(signed.Note.Text, signatures), signed.Checkpoint);
    }

    public void Dispose()
    {
        foreach (CosignatureSigner w in Witnesses)
        {
            w.Dispose();
        }

        Log.Dispose();
    }
}
