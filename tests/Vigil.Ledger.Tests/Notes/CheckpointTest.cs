using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Notes;

public partial class CheckpointTest
{
    private const string Root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

    [Fact]
    public void Format_WritesThreeLinesAndExtensions()
    {
        Assert.True(Hash.TryFromBase64(Root, out Hash root));
        Assert.Equal($"vigil.example/log\n0\n{Root}\n", new Checkpoint("vigil.example/log", 0, root).Format());
        var withExtensions = new Checkpoint("vigil.example/log", 42, root, ["ext one", "ext-two"]);
        Assert.Equal($"vigil.example/log\n42\n{Root}\next one\next-two\n", withExtensions.Format());
        Assert.Equal(withExtensions.Format(), withExtensions.ToString());
    }

    [Theory]
    [InlineData("vigil.example/log\n0\n" + Root + "\n")]
    [InlineData("vigil.example/log\n9223372036854775807\n" + Root + "\n")]
    [InlineData("a log with spaces\n1\n" + Root + "\nextension\n— not a signature\n")]
    public void TryParse_Valid_FormatsBackExactly(string text)
    {
        Assert.True(Checkpoint.TryParse(text, out Checkpoint? checkpoint, out string error), error);
        Assert.Equal(text, checkpoint.Format());
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("o\n1\n" + Root, "checkpoint must end with a newline")]
    [InlineData("o\n1\n", "checkpoint has 2 lines, want at least 3 (origin, tree size, root hash)")]
    [InlineData("\n1\n" + Root + "\n", "line 1: origin is empty")]
    [InlineData("o\n\n" + Root + "\n", "line 2: tree size '' is not a decimal number")]
    [InlineData("o\n01\n" + Root + "\n", "line 2: tree size '01' has a leading zero")]
    [InlineData("o\n00\n" + Root + "\n", "line 2: tree size '00' has a leading zero")]
    [InlineData("o\n+1\n" + Root + "\n", "line 2: tree size '+1' is not a decimal number")]
    [InlineData("o\n-1\n" + Root + "\n", "line 2: tree size '-1' is not a decimal number")]
    [InlineData("o\n 1\n" + Root + "\n", "line 2: tree size ' 1' is not a decimal number")]
    [InlineData("o\n1e3\n" + Root + "\n", "line 2: tree size '1e3' is not a decimal number")]
    [InlineData("o\n\u0661\n" + Root + "\n", "line 2: tree size '\u0661' is not a decimal number")]
    [InlineData("o\n9223372036854775808\n" + Root + "\n", "line 2: tree size 9223372036854775808 is larger than 9223372036854775807")]
    [InlineData("o\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n", "line 3: root hash is not canonical base64")]
    [InlineData("o\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n", "line 3: root hash is not canonical base64")]
    [InlineData("o\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jx\n", "line 3: root hash is 30 bytes, want 32")]
    [InlineData("o\n1\n\n", "line 3: root hash is not canonical base64")]
    [InlineData("o\n1\n" + Root + "\n\n", "line 4: extension line is empty")]
    [InlineData("o\n1\n" + Root + "\nx\n\ny\n", "line 5: extension line is empty")]
    [InlineData("o\n1\r\n" + Root + "\n", "line 2: control character U+000D (only newline is allowed)")]
    public void TryParse_Malformed_SaysWhatAndWhere(string text, string expected)
    {
        Assert.False(Checkpoint.TryParse(text, out Checkpoint? checkpoint, out string error));
        Assert.Null(checkpoint);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Constructor_Invalid_Throws()
    {
        Hash root = Rfc9162.EmptyRoot;
        Assert.Throws<ArgumentException>(() => new Checkpoint("", 0, root));
        Assert.Throws<ArgumentException>(() => new Checkpoint("a\nb", 0, root));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Checkpoint("o", -1, root));
        Assert.Equal("line 5: extension line is empty (Parameter 'extensions')",
            Assert.Throws<ArgumentException>(() => new Checkpoint("o", 0, root, ["x", ""])).Message);
        Assert.Throws<ArgumentException>(() => new Checkpoint("o", 0, root, ["a\tb"]));
    }

    [Fact]
    public void Equality_IsByValueIncludingExtensions()
    {
        Hash root = Rfc9162.EmptyRoot;
        Assert.Equal(new Checkpoint("o", 3, root, ["x"]), new Checkpoint("o", 3, root, ["x"]));
        Assert.NotEqual(new Checkpoint("o", 3, root, ["x"]), new Checkpoint("o", 3, root, ["y"]));
        Assert.NotEqual(new Checkpoint("o", 3, root), new Checkpoint("o", 4, root));
        Assert.NotEqual(new Checkpoint("o", 3, root), new Checkpoint("p", 3, root));
        Assert.NotEqual(new Checkpoint("o", 3, root), new Checkpoint("o", 3, Rfc9162.HashLeaf([])));
    }
}
