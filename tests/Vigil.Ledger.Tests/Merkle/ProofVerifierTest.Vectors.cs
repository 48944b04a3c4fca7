using System.Text.Json;
using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Merkle;

/// <summary>
/// The inclusion and consistency vectors of transparency-dev/merkle (testdata/merkle, see its
/// SOURCE.md): each file must verify exactly when it does not want an error. A value that is not
/// 32 bytes of base64 cannot be a <see cref="Hash"/>, which counts as an error for that file.
/// </summary>
public partial class ProofVerifierTest
{
    private const int VectorFiles = 196;

    /// <summary>
    /// Files whose wanted outcome a 32-byte <see cref="Hash"/> cannot express, with the reason.
    /// Each is still checked: that the reason still holds, and the rule it encodes, with real hashes.
    /// </summary>
    private static readonly Dictionary<string, string> NotExpressible = new(StringComparer.Ordinal)
    {
        // Upstream compares the two roots as byte strings before any length check, so two equal
        // 9-byte placeholders pass; a root that is not 32 bytes is rejected before verifying here.
        ["consistency/additional/sizes-are-equal-one-and-proof-is-empty.json"] = "equal sizes, empty proof and equal 9-byte roots",
    };

    private static readonly string VectorRoot = Path.Combine(AppContext.BaseDirectory, "testdata", "merkle");

    public static TheoryData<string> InclusionVectors => Vectors("inclusion");

    public static TheoryData<string> ConsistencyVectors => Vectors("consistency");

    [Fact]
    public void Vectors_AllFilesFound()
    {
        Assert.Equal(VectorFiles, InclusionVectors.Count + ConsistencyVectors.Count);
    }

    [Theory]
    [MemberData(nameof(InclusionVectors))]
    public void VerifyInclusion_Vector_FailsExactlyWhenWanted(string file)
    {
        using JsonDocument json = Open(file);
        JsonElement v = json.RootElement;
        bool wantErr = v.GetProperty("wantErr").GetBoolean();
        string?[] decoding =
        [
            TrySize(v, "leafIdx", out long index), TrySize(v, "treeSize", out long size),
            TryHash(v, "leafHash", out Hash leafHash), TryHash(v, "root", out Hash root), TryProof(v, out Hash[] proof),
        ];
        string? error = decoding.FirstOrDefault(e => e is not null) ?? ProofVerifier.VerifyInclusion(index, size, leafHash, proof, root).Error;

        Assert.True(wantErr == (error is not null), $"{file} ({v.GetProperty("desc").GetString()}): got error {error ?? "none"}, want {(wantErr ? "an error" : "none")}");
    }

    [Theory]
    [MemberData(nameof(ConsistencyVectors))]
    public void VerifyConsistency_Vector_FailsExactlyWhenWanted(string file)
    {
        using JsonDocument json = Open(file);
        JsonElement v = json.RootElement;
        bool wantErr = v.GetProperty("wantErr").GetBoolean();
        string?[] decoding =
        [
            TrySize(v, "size1", out long size1), TrySize(v, "size2", out long size2),
            TryHash(v, "root1", out Hash root1), TryHash(v, "root2", out Hash root2), TryProof(v, out Hash[] proof),
        ];
        string? error = decoding.FirstOrDefault(e => e is not null);
        if (NotExpressible.ContainsKey(file))
        {
            // The reason still holds: the vector wants success, and only decoding rejects it.
            Assert.False(wantErr);
            Assert.NotNull(error);
            Assert.Equal(v.GetProperty("root1").GetString(), v.GetProperty("root2").GetString());

            // The rule it encodes, with real roots: equal sizes, empty proof, equal roots pass.
            Hash real = Rfc9162.HashLeaf(Convert.FromBase64String(v.GetProperty("root1").GetString()!));
            Assert.True(ProofVerifier.VerifyConsistency(size1, size2, [], real, real).Ok);
            return;
        }

        error ??= ProofVerifier.VerifyConsistency(size1, size2, proof, root1, root2).Error;

        Assert.True(wantErr == (error is not null), $"{file} ({v.GetProperty("desc").GetString()}): got error {error ?? "none"}, want {(wantErr ? "an error" : "none")}");
    }

    [Fact]
    public void Vectors_HappyPaths_EqualTheProofsOfTheReferenceTree()
    {
        // Every happy path over the reference tree's leaves must be the proof generated here.
        MerkleTree tree = Reference().Build();
        int compared = 0;
        foreach (string file in Files("inclusion"))
        {
            using JsonDocument json = Open(file);
            JsonElement v = json.RootElement;
            if (v.GetProperty("wantErr").GetBoolean() || TryHash(v, "root", out Hash root) is not null)
            {
                continue;
            }

            long index = v.GetProperty("leafIdx").GetInt64(), size = v.GetProperty("treeSize").GetInt64();
            if (size > tree.Size || root != tree.Root(size))
            {
                continue;
            }

            Assert.Null(TryProof(v, out Hash[] proof));
            Assert.Equal(proof, MerkleProofs.Inclusion(index, size, tree));
            compared++;
        }

        foreach (string file in Files("consistency"))
        {
            using JsonDocument json = Open(file);
            JsonElement v = json.RootElement;
            if (v.GetProperty("wantErr").GetBoolean() || TryHash(v, "root2", out Hash root2) is not null)
            {
                continue;
            }

            long size1 = v.GetProperty("size1").GetInt64(), size2 = v.GetProperty("size2").GetInt64();
            if (size2 > tree.Size || root2 != tree.Root(size2))
            {
                continue;
            }

            Assert.Null(TryProof(v, out Hash[] proof));
            Assert.Equal(proof, MerkleProofs.Consistency(size1, size2, tree));
            compared++;
        }

        Assert.Equal(10, compared);
    }

    private static MerkleTreeTest.ReferenceTree Reference() => MerkleTreeTest.ReferenceTree.Load();

    private static TheoryData<string> Vectors(string kind)
    {
        var data = new TheoryData<string>();
        foreach (string file in Files(kind))
        {
            data.Add(file);
        }

        return data;
    }

    /// <summary>Paths relative to testdata/merkle, with '/' separators, in a stable order.</summary>
    private static IEnumerable<string> Files(string kind) =>
        Directory.EnumerateFiles(Path.Combine(VectorRoot, kind), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(VectorRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static JsonDocument Open(string file) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(VectorRoot, file)));

    /// <summary>
    /// Null when the property is a size or index that fits a long, else why not. Upstream sizes
    /// are unsigned 64-bit, and a "leafIdx sub 1" attack on index 0 wraps around to 2^64 - 1.
    /// </summary>
    private static string? TrySize(JsonElement v, string name, out long value)
    {
        ulong raw = v.GetProperty(name).GetUInt64();
        value = raw <= long.MaxValue ? (long)raw : -1;
        return raw <= long.MaxValue ? null : $"{name} {raw} is above {long.MaxValue}";
    }

    /// <summary>Null when the property is a 32-byte hash in base64, else why not.</summary>
    private static string? TryHash(JsonElement v, string name, out Hash hash)
    {
        string text = v.GetProperty(name).GetString() ?? "";
        return Hash.TryFromBase64(text, out hash) ? null : $"{name} \"{text}\" is not 32 bytes of base64";
    }

    /// <summary>Null when every proof element is a 32-byte hash (a null proof is empty), else why not.</summary>
    private static string? TryProof(JsonElement v, out Hash[] proof)
    {
        JsonElement array = v.GetProperty("proof");
        if (array.ValueKind == JsonValueKind.Null)
        {
            proof = [];
            return null;
        }

        proof = new Hash[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string text = element.GetString() ?? "";
            if (!Hash.TryFromBase64(text, out proof[i]))
            {
                return $"proof[{i}] \"{text}\" is not 32 bytes of base64";
            }

            i++;
        }

        return null;
    }
}
