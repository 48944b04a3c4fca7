using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Ledger.Verification;

namespace Vigil.Ledger.Tests.Verification;

public sealed class BundleTest : IDisposable
{
    private readonly BundleFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void WriteTo_ThenTryParse_GivesTheSameBundle()
    {
        byte[] json = Write(_f.Bundle);
        Assert.True(Bundle.TryParse(json, out Bundle? back, out string error), error);

        Assert.Equal(_f.Bundle.Origin, back.Origin);
        Assert.Equal(_f.Bundle.LogKey.VerifierKey, back.LogKey.VerifierKey);
        Assert.Equal(_f.Bundle.WitnessKeys.Select(k => k.VerifierKey), back.WitnessKeys.Select(k => k.VerifierKey));
        Assert.Equal(2, back.Threshold);
        Assert.Equal(_f.Bundle.Checkpoint.Note.Format(), back.Checkpoint.Note.Format());
        Assert.Equal(_f.Bundle.Checkpoints.Select(c => c.Note.Format()), back.Checkpoints.Select(c => c.Note.Format()));
        Assert.Equal(_f.Bundle.Entries.Select(e => e.ToArray()), back.Entries.Select(e => e.ToArray()));
        Assert.Equal(json, Write(back));
    }

    [Fact]
    public void WriteTo_WritesTheDocumentedFieldsReadably()
    {
        string text = Encoding.UTF8.GetString(Write(_f.Bundle));
        JsonObject root = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["origin", "logKey", "witnesses", "checkpoint", "checkpoints", "entries"], root.Select(p => p.Key));
        Assert.Equal(["keys", "threshold"], root["witnesses"]!.AsObject().Select(p => p.Key));
        Assert.Contains("\\n\\n\u2014 vigil.example/log ", text, StringComparison.Ordinal);
        Assert.Contains($"\"logKey\": \"{_f.Bundle.LogKey.VerifierKey}\"", text, StringComparison.Ordinal);
        Assert.Equal(Convert.ToBase64String(_f.Bundle.Entries[0].Span), root["entries"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"origin": 1}""", "$.origin: got a number, want a string")]
    [InlineData("""{"origin": "o", "logKey": "nope"}""", "$.logKey: ")]
    [InlineData("""[]""", "$: got an array, want an object")]
    [InlineData("""{"origin": """, "not valid JSON at line 1, byte ")]
    public void TryParse_Malformed_NamesThePath(string json, string errorStart)
    {
        Assert.False(Bundle.TryParse(Encoding.UTF8.GetBytes(json), out Bundle? bundle, out string error));
        Assert.Null(bundle);
        Assert.StartsWith(errorStart, error);
    }

    [Theory]
    [InlineData("entries", "$.entries: missing")]
    [InlineData("checkpoint", "$.checkpoint: missing")]
    [InlineData("witnesses", "$.witnesses: missing")]
    public void TryParse_MissingField_NamesIt(string field, string expected)
    {
        JsonObject root = Json();
        root.Remove(field);
        Assert.Equal(expected, ParseError(root));
    }

    [Fact]
    public void TryParse_BadBase64Entry_NamesItsIndex()
    {
        JsonObject root = Json();
        root["entries"]![3] = "not base64!";
        Assert.Equal("$.entries[3]: not canonical base64", ParseError(root));
    }

    [Fact]
    public void TryParse_ThresholdAboveTheKeys_IsMalformed()
    {
        JsonObject root = Json();
        root["witnesses"]!["threshold"] = 4;
        Assert.Equal("$.witnesses.threshold: got 4, want 0 … 3", ParseError(root));
    }

    [Fact]
    public void TryParse_SameWitnessKeyTwice_IsMalformed()
    {
        JsonObject root = Json();
        root["witnesses"]!["keys"]!.AsArray().Add(root["witnesses"]!["keys"]![0]!.GetValue<string>());
        Assert.Equal("$.witnesses.keys[3]: the same key as $.witnesses.keys[0]", ParseError(root));
    }

    [Fact]
    public void TryParse_CheckpointThatIsNotANote_NamesTheLine()
    {
        JsonObject root = Json();
        root["checkpoints"]![1] = "vigil.example/log\n8\n";
        Assert.Equal("$.checkpoints[1]: note has no blank line between the text and the signatures", ParseError(root));
    }

    [Fact]
    public void TryParse_EmptyEntry_IsNoBytes()
    {
        JsonObject root = Json();
        root["entries"]![0] = "";
        Assert.True(Bundle.TryParse(Encoding.UTF8.GetBytes(root.ToJsonString()), out Bundle? bundle, out string error), error);
        Assert.Equal(0, bundle.Entries[0].Length);
    }

    [Fact]
    public void TryExport_NoCheckpoint_Fails()
    {
        using var log = new Log.TestLog(entries: 3);
        Assert.False(Bundle.TryExport(log.Log, [], 0, out _, out string error));
        Assert.Equal("the log has issued no checkpoint yet (run 'vigil log checkpoint')", error);
    }

    [Fact]
    public void TryExport_ThresholdAboveTheKeys_Fails()
    {
        Assert.False(Bundle.TryExport(_f.Log.Log, [_f.Witnesses[0].Verifier], 2, out _, out string error));
        Assert.Equal("threshold got 2, want 0 … 1 (the number of witness keys)", error);
    }

    private static byte[] Write(Bundle bundle)
    {
        using var stream = new MemoryStream();
        bundle.WriteTo(stream);
        return stream.ToArray();
    }

    private static string ParseError(JsonObject root)
    {
        Assert.False(Bundle.TryParse(Encoding.UTF8.GetBytes(root.ToJsonString()), out _, out string error));
        return error;
    }

    private JsonObject Json() => JsonNode.Parse(Write(_f.Bundle))!.AsObject();
}
