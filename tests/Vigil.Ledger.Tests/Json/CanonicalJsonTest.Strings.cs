using System.Text;

namespace Vigil.Ledger.Tests.Json;

/// <summary>RFC 8785 §3.2.2.2: string escaping.</summary>
public partial class CanonicalJsonTest
{
    /// <summary>Each of U+0000–U+001F and its canonical escape, written out by hand from §3.2.2.2.</summary>
    private static readonly string[] ControlEscapes =
    [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\b", "\\t", "\\n", "\\u000b", "\\f", "\\r", "\\u000e", "\\u000f",
        "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    ];

    [Fact]
    public void TryCanonicalize_EveryControlCharacter_EscapedWithShortFormOrLowercaseHex()
    {
        for (int c = 0; c < 0x20; c++)
        {
            // Upper-case hex in, whatever the input form: the output is fixed.
            Assert.Equal($"\"{ControlEscapes[c]}\"", Canon($"\"\\u{c:X4}\""));
            Assert.Equal($"\"{ControlEscapes[c]}\"", Canon($"\"\\u{c:x4}\""));
        }

        string all = string.Concat(Enumerable.Range(0, 0x20).Select(c => $"\\u{c:x4}"));
        Assert.Equal($"[\"{string.Concat(ControlEscapes)}\"]", Canon($"[\"{all}\"]"));
    }

    [Fact]
    public void TryCanonicalize_ShortEscapes_KeptOrUndone()
    {
        // \/ is not a canonical escape; the others are.
        Assert.Equal("\"\\b\\f\\n\\r\\t\\\"\\\\/\"", Canon("\"\\b\\f\\n\\r\\t\\\"\\\\\\/\""));
        Assert.Equal("\"\\\"\\\\\"", Canon("\"\\u0022\\u005C\""));
    }

    [Fact]
    public void TryCanonicalize_Delete_IsWrittenAsIs()
    {
        Assert.Equal("\"\u007f\"", Canon("\"\\u007F\""));
        Assert.Equal([0x22, 0x7F, 0x22], Encoding.UTF8.GetBytes(Canon("\"\u007f\"")));
    }

    [Theory]
    [InlineData("\"\\u00e9\"", "\"é\"")]
    [InlineData("\"é\"", "\"é\"")]
    [InlineData("\"\\u20AC\"", "\"€\"")]
    [InlineData("\"\\u0080\\u07ff\\u0800\\uffff\"", "\"\u0080\u07ff\u0800\uffff\"")] // UTF-8 length boundaries; U+FFFF is a noncharacter, kept
    [InlineData("\"\\u2028\\u2029\"", "\"\u2028\u2029\"")]
    [InlineData("\"Grüße, 世界\"", "\"Grüße, 世界\"")]
    [InlineData("\"a/b\"", "\"a/b\"")]
    public void TryCanonicalize_NonAscii_IsWrittenAsUtf8(string json, string want) =>
        Assert.Equal(want, Canon(json));

    [Theory]
    [InlineData("\"\\ud83d\\ude00\"")]
    [InlineData("\"\\uD83D\\uDE00\"")]
    [InlineData("\"\U0001F600\"")]
    public void TryCanonicalize_Emoji_IsOneFourByteCharacter(string json)
    {
        byte[] canonical = Encoding.UTF8.GetBytes(Canon(json));
        Assert.Equal([0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22], canonical);
    }

    [Fact]
    public void TryCanonicalize_HighestScalar_IsFourBytes() =>
        Assert.Equal("\"\U0010FFFF\"", Canon("\"\\udbff\\udfff\""));

    [Fact]
    public void TryCanonicalize_Keys_EscapedLikeValues() =>
        Assert.Equal("{\"\\u0001\\n\u00e9\":\"\\u001f\"}", Canon("{\"\\u0001\\u000a\\u00E9\":\"\\u001F\"}"));

    [Fact]
    public void TryCanonicalize_LongEscapedStrings_AreDecodedWhole()
    {
        string piece = "\\u00e9\\n\\ud83d\\ude00x";
        string json = "{\"" + string.Concat(Enumerable.Repeat(piece, 5000)) + "\":[\"" + string.Concat(Enumerable.Repeat(piece, 3000)) + "\"]}";
        string decoded = "é\\n\U0001F600x";
        Assert.Equal(
            "{\"" + string.Concat(Enumerable.Repeat(decoded, 5000)) + "\":[\"" + string.Concat(Enumerable.Repeat(decoded, 3000)) + "\"]}",
            Canon(json));
    }

    [Theory]
    [InlineData("\"\\ud800\"", "byte 1: lone surrogate \\ud800 in string")]
    [InlineData("\"\\udfff\"", "byte 1: lone surrogate \\udfff in string")]
    [InlineData("\"\\ude00\\ud83d\"", "byte 1: lone surrogate \\ude00 in string")] // pair in the wrong order
    [InlineData("[\"ok\",\"x\\uD800\"]", "byte 8: lone surrogate \\ud800 in string")]
    public void TryCanonicalize_LoneSurrogate_IsRejected(string json, string want) =>
        Assert.Equal(want, Error(json));
}
