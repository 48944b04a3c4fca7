using System.Buffers;
using System.Text;
using System.Text.Json;
using Vigil.Ledger.Json;

namespace Vigil.Ledger.Tests.Json;

/// <summary>CanonicalJson: layout, literals, structure and the convenience entry points.</summary>
public partial class CanonicalJsonTest
{
    [Theory]
    [InlineData(" { \"b\" : [ 1 , 2 ] ,\n\t\"a\" : { } } ", "{\"a\":{},\"b\":[1,2]}")]
    [InlineData("[ true , false , null ]", "[true,false,null]")]
    [InlineData("\r\n\"x\"\r\n", "\"x\"")]
    [InlineData("[]", "[]")]
    [InlineData("{}", "{}")]
    [InlineData("[[],{},[{}]]", "[[],{},[{}]]")]
    [InlineData("null", "null")]
    public void TryCanonicalize_Whitespace_IsDropped(string json, string want) =>
        Assert.Equal(want, Canon(json));

    [Fact]
    public void TryCanonicalize_Objects_SortedRecursivelyInsideArrays()
    {
        string json = "{\"z\":[{\"y\":1,\"x\":{\"b\":2,\"a\":1}},3],\"a\":{\"d\":[],\"c\":null}}";
        Assert.Equal("{\"a\":{\"c\":null,\"d\":[]},\"z\":[{\"x\":{\"a\":1,\"b\":2},\"y\":1},3]}", Canon(json));
    }

    [Fact]
    public void TryCanonicalize_ArrayOrder_IsKept() =>
        Assert.Equal("[3,1,2,\"b\",\"a\"]", Canon("[3, 1, 2, \"b\", \"a\"]"));

    [Fact]
    public void TryCanonicalize_Keys_SortAsUtf16CodeUnitsNotCodePoints()
    {
        // In UTF-16 the emoji starts with its high surrogate 0xD83D, which is below U+FB33; by code
        // point (or UTF-8 bytes) U+1F600 would sort after U+FB33.
        Assert.Equal("{\"\U0001F600\":2,\"\uFB33\":1}", Canon("{\"\\ufb33\":1,\"\\ud83d\\ude00\":2}"));
        Assert.Equal("{\"\":0,\"a\":1,\"aa\":2,\"ab\":3}", Canon("{\"ab\":3,\"aa\":2,\"a\":1,\"\":0}"));
        Assert.Equal("{\"A\":1,\"_\":3,\"a\":2}", Canon("{\"a\":2,\"A\":1,\"_\":3}")); // no case folding
    }

    [Theory]
    [InlineData("1.0", "1")]
    [InlineData("-0", "0")]
    [InlineData("-0.0e5", "0")]
    [InlineData("1E2", "100")]
    [InlineData("0.1e1", "1")]
    [InlineData("1e-400", "0")] // rounds to zero, like any other decimal to its nearest double
    [InlineData("9007199254740993", "9007199254740992")] // beyond 2^53: the nearest double
    [InlineData("123456789012345678901234567890", "1.2345678901234568e+29")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("4.9e-324", "5e-324")]
    public void TryCanonicalize_Numbers_ReadAsNearestDouble(string json, string want) =>
        Assert.Equal(want, Canon(json));

    [Fact]
    public void TryCanonicalize_64Levels_Accepted()
    {
        string json = new string('[', 64) + new string(']', 64);
        Assert.Equal(json, Canon(json));
        string objects = string.Concat(Enumerable.Repeat("{\"a\":", 63)) + "[]" + new string('}', 63);
        Assert.Equal(objects, Canon(objects));
    }

    [Fact]
    public void TryCanonicalize_65Levels_RejectedAtTheOpeningToken()
    {
        Assert.Equal("byte 64: nesting deeper than 64 levels", Error(new string('[', 65) + new string(']', 65)));
        string objects = string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 65);
        Assert.Equal($"byte {64 * 5}: nesting deeper than 64 levels", Error(objects));
        Assert.Equal("byte 64: nesting deeper than 64 levels", Error(new string('[', 100_000)));
    }

    [Fact]
    public void TryCanonicalize_BufferWriter_AppendsToWhatIsThere()
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("prefix:"u8);
        Assert.True(CanonicalJson.TryCanonicalize("{\"b\":1,\"a\":2}"u8, buffer, out string? error), error);
        Assert.Null(error);
        Assert.Equal("prefix:{\"a\":2,\"b\":1}", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void TryCanonicalize_Failure_GivesEmptyArray()
    {
        Assert.False(CanonicalJson.TryCanonicalize("{"u8, out byte[] canonical, out string? error));
        Assert.Empty(canonical);
        Assert.NotNull(error);
    }

    [Fact]
    public void Serialize_Element_MatchesTryCanonicalize()
    {
        string json = "{\"b\":[1.50, \"\\u00e9\"], \"a\": {\"y\": true, \"x\": null}}";
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal(Canon(json), Encoding.UTF8.GetString(CanonicalJson.Serialize(doc.RootElement)));
        Assert.Equal("[1.5,\"é\"]", Encoding.UTF8.GetString(CanonicalJson.Serialize(doc.RootElement.GetProperty("b"))));
        Assert.Equal("1.5", Encoding.UTF8.GetString(CanonicalJson.Serialize(doc.RootElement.GetProperty("b")[0])));
    }

    [Fact]
    public void Serialize_ElementFromLenientDocument_IgnoresCommentsAndTrailingCommas()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using JsonDocument doc = JsonDocument.Parse("{\"b\": [1, /* two */ 2,], // end\n \"a\": 0,}", options);
        Assert.Equal("{\"a\":0,\"b\":[1,2]}", Encoding.UTF8.GetString(CanonicalJson.Serialize(doc.RootElement)));
    }

    [Fact]
    public void Serialize_ElementWithDuplicateKeys_Throws()
    {
        using JsonDocument doc = JsonDocument.Parse("{\"a\":1,\"a\":2}");
        var e = Assert.Throws<ArgumentException>(() => CanonicalJson.Serialize(doc.RootElement));
        Assert.StartsWith("not canonicalizable: byte 7: duplicate key \"a\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ElementWithInfiniteNumber_Throws()
    {
        using JsonDocument doc = JsonDocument.Parse("[1e999]");
        var e = Assert.Throws<ArgumentException>(() => CanonicalJson.Serialize(doc.RootElement));
        Assert.StartsWith("not canonicalizable: byte 1: number 1e999 is not a finite IEEE-754 double", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_DefaultElement_Throws() =>
        Assert.Throws<ArgumentException>(() => CanonicalJson.Serialize(default(JsonElement)));

    [Fact]
    public void Serialize_Object_SortsMembersAndFormatsNumbers()
    {
        var record = new Sample("Ω", 1e21, [0.000001, 1e-7, -0.0], new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 });
        Assert.Equal(
            "{\"Id\":\"Ω\",\"Map\":{\"a\":1,\"b\":2},\"Samples\":[0.000001,1e-7,0],\"Value\":1e+21}",
            Encoding.UTF8.GetString(CanonicalJson.Serialize(record)));
    }

    [Fact]
    public void Serialize_WithOptions_UsesTheirNaming()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };
        Assert.Equal(
            "{\"id\":\"x\",\"map\":{},\"samples\":[],\"value\":2.5}",
            Encoding.UTF8.GetString(CanonicalJson.Serialize(new Sample("x", 2.5, [], []), options)));
    }

    [Fact]
    public void Serialize_NamesCollidingUnderCaseInsensitiveKeys_Throws()
    {
        // A dictionary can hold keys that the naming policy maps to one name.
        var options = new JsonSerializerOptions { DictionaryKeyPolicy = JsonNamingPolicy.CamelCase };
        var map = new Dictionary<string, int> { ["A"] = 1, ["a"] = 2 };
        var e = Assert.Throws<ArgumentException>(() => CanonicalJson.Serialize(map, options));
        Assert.Contains("duplicate key \"a\"", e.Message, StringComparison.Ordinal);
    }

    internal static string Canon(string json) => Canon(Encoding.UTF8.GetBytes(json));

    internal static string Canon(byte[] json)
    {
        Assert.True(CanonicalJson.TryCanonicalize(json, out byte[] canonical, out string? error), error);
        Assert.Null(error);
        return Encoding.UTF8.GetString(canonical);
    }

    internal static string Error(string json) => Error(Encoding.UTF8.GetBytes(json));

    internal static string Error(byte[] json)
    {
        Assert.False(CanonicalJson.TryCanonicalize(json, out byte[] canonical, out string? error));
        Assert.Empty(canonical);
        return error;
    }

    public sealed record Sample(string Id, double Value, double[] Samples, Dictionary<string, int> Map);
}
