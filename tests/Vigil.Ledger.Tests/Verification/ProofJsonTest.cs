using System.Text;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Verification;

namespace Vigil.Ledger.Tests.Verification;

/// <summary>The proof files as <c>vigil log prove</c> and <c>vigil log consistency</c> print them.</summary>
public class ProofJsonTest
{
    private static readonly string H = Rfc9162.HashLeaf("a"u8).ToBase64();

    [Fact]
    public void InclusionProof_TryParse_ReadsEveryField()
    {
        Assert.True(InclusionProof.TryParse(Utf8($$"""{"leafIndex":2,"treeSize":5,"leafHash":"{{H}}","proof":["{{H}}","{{H}}","{{H}}"]}"""), out InclusionProof? proof, out string error), error);
        Assert.Equal(2, proof.LeafIndex);
        Assert.Equal(5, proof.TreeSize);
        Assert.Equal(H, proof.LeafHash.ToBase64());
        Assert.Equal(3, proof.Proof.Count);
    }

    [Theory]
    [InlineData("""{"leafIndex":5,"treeSize":5,"leafHash":"H","proof":[]}""", "$.leafIndex: got 5, want 0 … 4")]
    [InlineData("""{"leafIndex":0,"treeSize":0,"leafHash":"H","proof":[]}""", "$.treeSize: got 0, want 1 … 9223372036854775807")]
    [InlineData("""{"leafIndex":0,"treeSize":1,"proof":[]}""", "$.leafHash: missing")]
    [InlineData("""{"leafIndex":0,"treeSize":1,"leafHash":"AAAA","proof":[]}""", "$.leafHash: a hash is 32 bytes, got 3")]
    [InlineData("""{"leafIndex":0,"treeSize":2,"leafHash":"H","proof":["H","x"]}""", "$.proof[1]: not canonical base64")]
    [InlineData("""{"leafIndex":0.5,"treeSize":2,"leafHash":"H","proof":[]}""", "$.leafIndex: got 0.5, want an integer")]
    public void InclusionProof_TryParse_Malformed_NamesThePath(string json, string expected)
    {
        Assert.False(InclusionProof.TryParse(Utf8(json.Replace("\"H\"", $"\"{H}\"", StringComparison.Ordinal)), out _, out string error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ConsistencyProof_TryParse_ReadsEveryField()
    {
        Assert.True(ConsistencyProof.TryParse(Utf8($$"""{"size1":3,"size2":7,"proof":["{{H}}"]}"""), out ConsistencyProof? proof, out string error), error);
        Assert.Equal((3, 7, 1), (proof.Size1, proof.Size2, proof.Proof.Count));
    }

    [Theory]
    [InlineData("""{"size1":7,"size2":3,"proof":[]}""", "$.size2: got 3, want 7 … 9223372036854775807")]
    [InlineData("""{"size1":0,"size2":3,"proof":[]}""", "$.size1: got 0, want 1 … 9223372036854775807")]
    [InlineData("""{"size1":1,"size2":3,"proof":"x"}""", "$.proof: got a string, want an array")]
    [InlineData("""{"size1":1,"size2":3,"proof":[1]}""", "$.proof[0]: got a number, want a string")]
    public void ConsistencyProof_TryParse_Malformed_NamesThePath(string json, string expected)
    {
        Assert.False(ConsistencyProof.TryParse(Utf8(json), out _, out string error));
        Assert.Equal(expected, error);
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
