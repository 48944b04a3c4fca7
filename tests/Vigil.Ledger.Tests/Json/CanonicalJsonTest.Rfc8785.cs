using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Ledger.Json;

namespace Vigil.Ledger.Tests.Json;

/// <summary>The examples and test vectors printed in RFC 8785 itself.</summary>
public partial class CanonicalJsonTest
{
    private static readonly string DataDir = Path.Combine(AppContext.BaseDirectory, "testdata", "jcs");

    [Theory]
    [MemberData(nameof(JcsNumberTest.AppendixB), MemberType = typeof(JcsNumberTest))]
    public void AppendixB_Number_CanonicalisesAsTheRfcSays(string ieeeHex, string want, string comment)
    {
        double value = BitConverter.Int64BitsToDouble(long.Parse(ieeeHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        if (want.Length == 0)
        {
            // NaN and Infinity cannot be written as JSON; the nearest a text gets is overflow.
            Assert.Equal("byte 0: number 1e999 is not a finite IEEE-754 double", Error("1e999"));
            return;
        }

        // From .NET's own spelling of the double and from the RFC's.
        Assert.Equal(want, Canon(value.ToString("R", CultureInfo.InvariantCulture)));
        Assert.Equal($"[{want}]", Canon($"[{want}]"));
        Assert.NotNull(comment);
    }

    [Fact]
    public void Section3_2_4_Sample_GivesTheRfcBytes()
    {
        // RFC 8785 §3.2.2 parses this object; §3.2.3 shows it canonicalised and §3.2.4 as UTF-8 bytes.
        byte[] input = File.ReadAllBytes(Path.Combine(DataDir, "rfc8785-sample.json"));
        byte[] want = Convert.FromHexString(File.ReadAllText(Path.Combine(DataDir, "rfc8785-sample.hex"))
            .Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.True(CanonicalJson.TryCanonicalize(input, out byte[] canonical, out string? error), error);
        Assert.Equal(want, canonical);
        Assert.Equal(
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}",
            Encoding.UTF8.GetString(canonical));
    }

    [Fact]
    public void Section3_2_3_SortingExample_GivesTheRfcOrder()
    {
        byte[] input = File.ReadAllBytes(Path.Combine(DataDir, "rfc8785-sorting.json"));
        string canonical = Canon(input);
        using JsonDocument doc = JsonDocument.Parse(canonical);
        string[] order = [.. doc.RootElement.EnumerateObject().Select(p => p.Value.GetString()!)];

        // "Expected argument order after sorting property strings" (RFC 8785 §3.2.3).
        Assert.Equal(
            ["Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh"],
            order);
        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\","
            + "\"€\":\"Euro Sign\",\"\U0001F600\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}",
            canonical);
    }

    [Fact]
    public void AppendixC_AddressRecord_SortsAsTheRfcSays()
    {
        // RFC 8785 Appendix C: the properties "would be output in the order address, city, name, state, zip".
        string json = "{\n  \"name\": \"John Doe\",\n  \"address\": \"2000 Sunset Boulevard\",\n  \"city\": \"Los Angeles\",\n  \"zip\": \"90001\",\n  \"state\": \"CA\"\n}";
        Assert.Equal(
            "{\"address\":\"2000 Sunset Boulevard\",\"city\":\"Los Angeles\",\"name\":\"John Doe\",\"state\":\"CA\",\"zip\":\"90001\"}",
            Canon(json));
    }

    [Fact]
    public void AppendixD_GiantNumber_IsRejected()
    {
        // RFC 8785 Appendix D's sample: 1.4e+9999 is no double (such values belong in strings), and
        // int64Max, were it alone, would round to the nearest double.
        string json = "{\n  \"giantNumber\": 1.4e+9999,\n  \"payMeThis\": 26000.33,\n  \"int64Max\": 9223372036854775807\n}";
        Assert.Equal($"byte {json.IndexOf("1.4e", StringComparison.Ordinal)}: number 1.4e+9999 is not a finite IEEE-754 double", Error(json));
        Assert.Equal("{\"int64Max\":9223372036854776000,\"payMeThis\":26000.33}", Canon("{\"payMeThis\": 26000.33, \"int64Max\": 9223372036854775807}"));
    }

    [Fact]
    public void AppendixE_StringSubtypes_StayAsWritten()
    {
        // RFC 8785 Appendix E: subtypes in strings are kept exactly ("055", not 55).
        Assert.Equal(
            "{\"big\":\"055\",\"time\":\"2019-01-28T07:45:10Z\",\"val\":3.5}",
            Canon("{\n  \"time\": \"2019-01-28T07:45:10Z\",\n  \"big\": \"055\",\n  \"val\": 3.5\n}"));
    }
}
