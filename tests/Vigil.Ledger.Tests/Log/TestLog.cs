using System.Text;
using Vigil.Ledger.Log;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Log;

/// <summary>
/// A transparency log in memory for the witness and verification tests, with the log's own signer
/// at hand so tests can forge what only a misbehaving log could sign (a fork, a rewritten history).
/// </summary>
internal sealed class TestLog : IDisposable
{
    public const string Origin = "vigil.example/log";

    public TestLog(int entries = 0)
    {
        Log = TransparencyLog.Open(Store, Origin);
        Signer = NoteSigner.Parse(Store.GetMeta("signer_key")!);
        Append(entries);
    }

    public MemoryLogStore Store { get; } = new();

    public TransparencyLog Log { get; }

    /// <summary>The log's private key, as the store keeps it.</summary>
    public NoteSigner Signer { get; }

    public NoteVerifier Key => Log.Verifier;

    public static byte[] Entry(long i) => Encoding.UTF8.GetBytes($"{{\"n\":{i},\"type\":\"test\"}}");

    public void Append(int count)
    {
        var batch = new List<byte[]>();
        for (int k = 0; k < count; k++)
        {
            batch.Add(Entry(Log.Size + k));
        }

        Log.Append(batch);
    }

    /// <summary>The log's checkpoint now, as note text.</summary>
    public string Checkpoint() => Log.Checkpoint().Format();

    /// <summary>A checkpoint of <paramref name="size"/> entries with any root, signed with the log's key.</summary>
    public string Sign(long size, Hash root)
    {
        string text = new Checkpoint(Origin, size, root).Format();
        return new SignedNote(text, [Signer.Sign(text)]).Format();
    }

    public void Dispose()
    {
        Signer.Dispose();
        Log.Dispose();
    }
}
