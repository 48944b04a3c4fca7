using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Ledger.Json;

namespace Vigil.Ledger.Tests.Json;

/// <summary>Properties over generated I-JSON trees, and mutation fuzzing.</summary>
public partial class CanonicalJsonTest
{
    [Fact]
    public void TryCanonicalize_AnyTree_IsIdempotent() =>
        Seeded.Check(Prop.ForAll(JsonTree.WithSeed, t =>
        {
            byte[] once = CanonicalBytes(t.Tree.Write(new Random(t.Seed), shuffle: false));
            return CanonicalBytes(once).AsSpan().SequenceEqual(once);
        }));

    [Fact]
    public void TryCanonicalize_AnyTree_ReparsesToTheSameValueWithSortedKeys() =>
        Seeded.Check(Prop.ForAll(JsonTree.WithSeed, t =>
        {
            byte[] canonical = CanonicalBytes(t.Tree.Write(new Random(t.Seed), shuffle: false));
            using JsonDocument doc = JsonDocument.Parse(canonical);
            return t.Tree.Matches(doc.RootElement) && KeysSorted(doc.RootElement);
        }));

    [Fact]
    public void TryCanonicalize_AnySpelling_GivesTheSameBytes() =>
        Seeded.Check(Prop.ForAll(JsonTree.WithSeed, t =>
        {
            // Different member order, whitespace, escapes and number notation; one canonical form.
            byte[] plain = CanonicalBytes(t.Tree.Write(new Random(t.Seed), shuffle: false));
            byte[] shuffled = CanonicalBytes(t.Tree.Write(new Random(t.Seed ^ 0x2545F491), shuffle: true));
            return plain.AsSpan().SequenceEqual(shuffled);
        }));

    [Fact]
    public void Serialize_AnyTreeAsElement_MatchesTryCanonicalize() =>
        Seeded.Check(Prop.ForAll(JsonTree.WithSeed, t =>
        {
            byte[] json = t.Tree.Write(new Random(t.Seed), shuffle: true);
            using JsonDocument doc = JsonDocument.Parse(json);
            return CanonicalJson.Serialize(doc.RootElement).AsSpan().SequenceEqual(CanonicalBytes(json));
        }));

    [Fact]
    public void TryCanonicalize_AnyFiniteDouble_WritesJcsNumber() =>
        Seeded.Check(
            Prop.ForAll(Doubles.Finite.ToArbitrary(), d =>
                Canon($"[{d.ToString("E16", CultureInfo.InvariantCulture)}]") == $"[{JcsNumber.ToString(d)}]"),
            maxTest: 2000);

    [Fact]
    public void TryCanonicalize_MutatedDocuments_NeverThrow()
    {
        // Seeded mutations (flip, replace with a JSON-significant byte, insert, delete, cut) of valid
        // documents: every outcome is a result, never an exception. Accepted output must be
        // canonical (idempotent) and accepted input must be JSON System.Text.Json also accepts.
        var random = new Random(8785);
        byte[] interesting = "\"\\{}[],:0-+.eE/u \n"u8.ToArray().Concat(new byte[] { 0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xED, 0xEF, 0xF0, 0xF4, 0xFF }).ToArray();
        List<byte[]> seeds =
        [
            File.ReadAllBytes(Path.Combine(DataDir, "rfc8785-sample.json")),
            File.ReadAllBytes(Path.Combine(DataDir, "rfc8785-sorting.json")),
            .. JsonTree.Tree.Sample(40, new FsCheck.Rnd(8785), 12).Select(tree => tree.Write(random, shuffle: true)),
        ];
        int accepted = 0, rejected = 0;
        for (int round = 0; round < 20_000; round++)
        {
            byte[] input = Mutate(seeds[random.Next(seeds.Count)], random, interesting);
            bool ok = CanonicalJson.TryCanonicalize(input, out byte[] canonical, out string? error);
            if (ok)
            {
                accepted++;
                Assert.Null(error);
                Assert.Equal(canonical, CanonicalBytes(canonical));
                using JsonDocument _ = JsonDocument.Parse(input);
            }
            else
            {
                rejected++;
                Assert.Matches(@"^byte \d+: \S", error);
                Assert.Empty(canonical);
            }
        }

        // Both outcomes occur, or the mutations are too weak (or too strong) to mean anything.
        Assert.True(accepted > 1000 && rejected > 1000, $"accepted {accepted}, rejected {rejected}");
    }

    private static byte[] Mutate(byte[] seed, Random random, byte[] interesting)
    {
        var bytes = new List<byte>(seed);
        int edits = 1 + random.Next(3);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = interesting[random.Next(interesting.Length)];
                    break;
                case 2:
                    bytes.Insert(at, interesting[random.Next(interesting.Length)]);
                    break;
                case 3:
                    bytes.RemoveAt(at);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    private static byte[] CanonicalBytes(byte[] json)
    {
        Assert.True(CanonicalJson.TryCanonicalize(json, out byte[] canonical, out string? error), $"{error} in {Encoding.UTF8.GetString(json)}");
        return canonical;
    }

    private static bool KeysSorted(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Select(p => p.Name).Zip(element.EnumerateObject().Skip(1).Select(p => p.Name))
                .All(pair => string.CompareOrdinal(pair.First, pair.Second) < 0)
            && element.EnumerateObject().All(p => KeysSorted(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(KeysSorted),
        _ => true,
    };
}
