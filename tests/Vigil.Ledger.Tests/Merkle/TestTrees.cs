using System.Text;
using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Merkle;

/// <summary>Deterministic leaf data and trees built from it, shared by the Merkle tests.</summary>
internal static class TestTrees
{
    private static readonly Lazy<MerkleTree> Large = new(() => Build(5_000));

    /// <summary>A 5,000-leaf tree of <see cref="LeafData"/>, built once; proofs for smaller sizes read a prefix of it.</summary>
    public static MerkleTree Shared => Large.Value;

    /// <summary>Leaf data of varying length, including the empty leaf at index 0.</summary>
    public static byte[] LeafData(int i) => i == 0 ? [] : Encoding.UTF8.GetBytes($"vigil leaf {i}{new string('.', i % 5)}");

    public static byte[][] Leaves(int count)
    {
        var leaves = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            leaves[i] = LeafData(i);
        }

        return leaves;
    }

    public static MerkleTree Build(int count)
    {
        var tree = new MerkleTree();
        for (int i = 0; i < count; i++)
        {
            tree.Append(Rfc9162.HashLeaf(LeafData(i)));
        }

        return tree;
    }
}
