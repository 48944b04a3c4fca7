using System.Text;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Tests.Verification;
using Vigil.Ledger.Verification;

namespace Vigil.Ledger.Tests;

/// <summary>
/// Seeded mutation fuzzing of the parsers that take text from outside — signed notes, checkpoints,
/// signature lines, verifier keys, bundles, proof files: random byte flips, insertions, deletions
/// and truncations of valid inputs must give a result or an error, never an exception.
/// </summary>
public sealed class ParserFuzzTest : IDisposable
{
    private readonly BundleFixture _fixture = new();

    private const int Mutants = 3_000;

    public void Dispose() => _fixture.Dispose();

    private static IEnumerable<byte[]> Mutate(byte[] seed, int salt)
    {
        var rng = new Random(salt);
        for (int k = 0; k < Mutants; k++)
        {
            var bytes = new List<byte>(seed);
            int edits = 1 + rng.Next(4);
            for (int e = 0; e < edits && bytes.Count > 0; e++)
            {
                int at = rng.Next(bytes.Count);
                switch (rng.Next(4))
                {
                    case 0: bytes[at] ^= (byte)(1 << rng.Next(8)); break;
                    case 1: bytes.Insert(at, (byte)rng.Next(256)); break;
                    case 2: bytes.RemoveAt(at); break;
                    default: bytes.RemoveRange(at, bytes.Count - at); break;
                }
            }

            yield return [.. bytes];
        }
    }

    [Fact]
    public void NotesCheckpointsKeysAndLines_Mutated_NeverThrow()
    {
        string note = _fixture.Bundle.Checkpoint.Note.Format();
        foreach (byte[] m in Mutate(Encoding.UTF8.GetBytes(note), 1))
        {
            string text = Encoding.UTF8.GetString(m);
            if (SignedNote.TryParse(m, out SignedNote? parsed, out string error))
            {
                Assert.Empty(error);
                Checkpoint.TryParse(parsed.Text, out _, out _);
            }
            else
            {
                Assert.NotEmpty(error);
            }

            Checkpoint.TryParse(text, out _, out _);
            NoteSignature.TryParse(text, out _, out _);
            NoteVerifier.TryParse(text, out _, out _);
            CosignatureVerifier.TryParse(text, out _, out _);
        }
    }

    [Fact]
    public void BundlesAndProofFiles_Mutated_NeverThrow()
    {
        using var stream = new MemoryStream();
        _fixture.Bundle.WriteTo(stream);
        foreach (byte[] m in Mutate(stream.ToArray(), 2))
        {
            if (Bundle.TryParse(m, out Bundle? bundle, out string error))
            {
                BundleVerifier.Verify(bundle);
            }
            else
            {
                Assert.NotEmpty(error);
            }
        }

        byte[] proof = Encoding.UTF8.GetBytes("""{"leafIndex": 1, "treeSize": 3, "leafHash": "HISB5DCcrJRAY6HE8fjd8vvr0kvQGoDxwCInOUoMZ0A=", "proof": ["NADPlHMCqRXT/hCOB6zzbrAdeHEKE9Loan0aWzSYGo4="]}""");
        foreach (byte[] m in Mutate(proof, 3))
        {
            InclusionProof.TryParse(m, out _, out _);
            ConsistencyProof.TryParse(m, out _, out _);
        }
    }
}
