using System.Text.Json;
using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Merkle;

/// <summary>The RFC 6962 reference tree of transparency-dev/merkle (testdata/merkle/reference_tree_rfc6962.json).</summary>
public partial class MerkleTreeTest
{
    private static readonly Lazy<ReferenceTree> Reference = new(ReferenceTree.Load);

    [Fact]
    public void Subtree_ReferenceTree_MatchesLeafAndNodeHashes()
    {
        ReferenceTree reference = Reference.Value;
        MerkleTree tree = reference.Build();
        Assert.Equal(8, reference.LeafInputs.Length);
        AssertLevel(tree, 0, reference.LeafHashes);
        AssertLevel(tree, 1, reference.Level1);
        AssertLevel(tree, 2, reference.Level2);
    }

    [Fact]
    public void Root_ReferenceTree_MatchesEveryRootHash()
    {
        ReferenceTree reference = Reference.Value;
        MerkleTree tree = reference.Build();
        Assert.Equal(9, reference.Roots.Length);
        var naive = new ReferenceMerkle(reference.LeafInputs);
        for (int n = 0; n < reference.Roots.Length; n++)
        {
            Assert.Equal(reference.Roots[n], Convert.ToHexStringLower(tree.Root(n).Bytes));
            Assert.Equal(reference.Roots[n], Convert.ToHexStringLower(naive.Mth(n)));
        }
    }

    private static void AssertLevel(MerkleTree tree, int level, string[] wantHex)
    {
        Assert.Equal(8 >> level, wantHex.Length);
        for (int i = 0; i < wantHex.Length; i++)
        {
            Assert.Equal(wantHex[i], Convert.ToHexStringLower(tree.Subtree(level, i).Bytes));
        }
    }

    internal sealed record ReferenceTree(byte[][] LeafInputs, string[] LeafHashes, string[] Level1, string[] Level2, string[] Roots)
    {
        public static ReferenceTree Load()
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "merkle", "reference_tree_rfc6962.json")));
            JsonElement root = json.RootElement;
            return new ReferenceTree(
                [.. Strings(root, "leaf_inputs_hex").Select(Convert.FromHexString)],
                Strings(root, "leaf_hashes_hex"),
                Strings(root, "level1_node_hashes_hex"),
                Strings(root, "level2_node_hashes_hex"),
                Strings(root, "root_hashes_hex"));
        }

        public MerkleTree Build()
        {
            var tree = new MerkleTree();
            foreach (byte[] leaf in LeafInputs)
            {
                tree.Append(Rfc9162.HashLeaf(leaf));
            }

            return tree;
        }

        private static string[] Strings(JsonElement root, string name) =>
            [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant())];
    }
}
