using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Vigil.Ledger.Json;
using Vigil.Ledger.Log;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;
using Vigil.Storage;

namespace Vigil.EndToEnd.Tests;

/// <summary>
/// Kills a real <c>vigil log append</c> process with SIGKILL while it appends, then checks that every
/// entry it acknowledged is in the log with the hash it acknowledged, and that the checkpoint issued
/// before the crash is consistent with the log after it.
/// </summary>
public sealed class LogCrashTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-crash-").FullName;

    private string Db => Path.Combine(_dir, "log.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Entry(long n) => $"{{\"type\": \"test\", \"n\": {n}, \"pad\": \"{new string('x', (int)(n % 50))}\"}}";

    [Fact]
    public void Append_KilledMidStream_KeepsEveryAcknowledgedEntryAndEarlierCheckpointsStillVerify()
    {
        // Before the crash: 1,000 entries and a signed checkpoint of them.
        RunAppend(Enumerable.Range(0, 1000).Select(i => Entry(i)), killAfterAcks: null);
        string before = Vigil("log", "checkpoint", "--db", Db);
        string logKey = Vigil("log", "key", "--db", Db).Trim();

        // The crash: a stream far longer than the child gets through, killed after 20,000 acknowledgements.
        Dictionary<long, string> acked = RunAppend(Enumerable.Range(1000, 10_000_000).Select(i => Entry(i)), killAfterAcks: 20_000);
        Assert.True(acked.Count >= 20_000, $"only {acked.Count} acknowledgements");

        using SqliteLog store = SqliteLog.Open(Db);
        using TransparencyLog log = TransparencyLog.Open(store);
        long maxAcked = acked.Keys.Max();
        Assert.True(log.Size > maxAcked, $"log size {log.Size}, but entry {maxAcked} was acknowledged");
        Assert.True(log.Size < 10_000_000, "the child was not killed mid-stream");
        foreach ((long index, string leafHash) in acked)
        {
            Assert.True(CanonicalJson.TryCanonicalize(Encoding.UTF8.GetBytes(Entry(index)), out byte[] canonical, out _));
            Assert.Equal(canonical, store.Leaf(index));
            Assert.Equal(leafHash, log.LeafHash(index).ToBase64());
        }

        // The checkpoint issued before still verifies, and the log after the crash extends it.
        Assert.True(SignedNote.TryParse(before, out SignedNote? note, out string error), error);
        Assert.True(NoteVerifier.TryParse(logKey, out NoteVerifier? verifier, out error), error);
        Assert.Equal(NoteVerdict.Accepted, new NoteVerifierSet([verifier]).Verify(note).Verdict);
        Assert.True(Checkpoint.TryParse(note.Text, out Checkpoint? old, out error), error);
        Assert.Equal(1000, old.Size);
        ProofCheck check = ProofVerifier.VerifyConsistency(old.Size, log.Size, log.Consistency(old.Size, log.Size), old.RootHash, log.Root(log.Size));
        Assert.True(check.Ok, check.Error);

        // And the log takes appends again where it stopped.
        RunAppend([Entry(20_000_000)], killAfterAcks: null);
        using SqliteLog reopened = SqliteLog.Open(Db);
        Assert.Equal(log.Size + 1, reopened.Size);
    }

    /// <summary>Feeds lines to <c>vigil log append</c>; returns the acknowledged leaf hashes by index.</summary>
    private Dictionary<long, string> RunAppend(IEnumerable<string> lines, int? killAfterAcks)
    {
        using Process p = VigilProcess.Start(_dir, "log", "append", "--db", Db);
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        var acked = new Dictionary<long, string>();
        Task feeding = Task.Run(() =>
        {
            try
            {
                foreach (string line in lines)
                {
                    p.StandardInput.WriteLine(line);
                }

                p.StandardInput.Close();
            }
            catch (IOException)
            {
                // The child was killed: its stdin is gone.
            }
        });

        while (p.StandardOutput.ReadLine() is { } ack)
        {
            using JsonDocument doc = JsonDocument.Parse(ack);
            acked[doc.RootElement.GetProperty("index").GetInt64()] = doc.RootElement.GetProperty("leafHash").GetString()!;
            if (acked.Count == killAfterAcks)
            {
                p.Kill(); // SIGKILL on Unix
                break;
            }
        }

        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)), "vigil log append did not end");
        feeding.Wait(TimeSpan.FromMinutes(1));
        if (killAfterAcks is null)
        {
            Assert.True(p.ExitCode == 0, $"vigil log append exited {p.ExitCode}: {stderr.Result}");
        }

        return acked;
    }

    private string Vigil(params string[] args)
    {
        (int code, string stdout, string stderr) = VigilProcess.Run(_dir, null, args);
        Assert.True(code == 0, $"vigil {string.Join(' ', args)} exited {code}: {stderr}");
        return stdout;
    }
}
