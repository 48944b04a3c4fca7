using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Cli.Bench;

namespace Vigil.EndToEnd.Tests;

/// <summary><see cref="CdpMessage"/>: DevTools protocol commands written, responses, errors and events read.</summary>
public sealed class CdpMessageTest
{
    [Fact]
    public void Command_WithSession_IdMethodParamsSession()
    {
        byte[] bytes = CdpMessage.Command(7, "Runtime.evaluate", new JsonObject { ["expression"] = "1 + 1", ["awaitPromise"] = true }, "ABC");
        Assert.Equal("""{"id":7,"method":"Runtime.evaluate","params":{"expression":"1 \u002B 1","awaitPromise":true},"sessionId":"ABC"}""", Encoding.UTF8.GetString(bytes));
        using JsonDocument doc = JsonDocument.Parse(bytes);
        Assert.Equal("1 + 1", doc.RootElement.GetProperty("params").GetProperty("expression").GetString());
    }

    [Fact]
    public void Command_BrowserWithoutParams_EmptyParamsNoSession() =>
        Assert.Equal("""{"id":1,"method":"Browser.getVersion","params":{}}""", Encoding.UTF8.GetString(CdpMessage.Command(1, "Browser.getVersion", null, null)));

    [Fact]
    public void TryParse_Response_IdSessionResult()
    {
        Assert.True(CdpMessage.TryParse("""{"id":12,"result":{"usedSize":1234567,"totalSize":2000000},"sessionId":"S1"}"""u8, out CdpMessage? m, out string? error), error);
        Assert.Equal((CdpMessageKind.Response, 12L, "S1", (string?)null), (m.Kind, m.Id, m.SessionId, m.Method));
        Assert.Equal(1234567, m.Body.GetProperty("usedSize").GetDouble());
    }

    [Fact]
    public void TryParse_ResponseWithoutResult_EmptyBody()
    {
        Assert.True(CdpMessage.TryParse("""{"id":3}"""u8, out CdpMessage? m, out _));
        Assert.Equal(JsonValueKind.Object, m.Body.ValueKind);
        Assert.Empty(m.Body.EnumerateObject());
    }

    [Fact]
    public void TryParse_Error_CodeAndMessage()
    {
        Assert.True(CdpMessage.TryParse("""{"id":4,"error":{"code":-32601,"message":"'Nope.nothing' wasn't found"}}"""u8, out CdpMessage? m, out _));
        Assert.Equal((CdpMessageKind.Error, 4L, -32601, "'Nope.nothing' wasn't found"), (m.Kind, m.Id, m.ErrorCode, m.ErrorMessage));
        Assert.Null(m.SessionId);
    }

    [Fact]
    public void TryParse_Event_MethodParamsSession()
    {
        ReadOnlySpan<byte> json = """{"method":"Target.attachedToTarget","params":{"sessionId":"W1","targetInfo":{"type":"worker","url":"http://x/js/track-worker.js"},"waitingForDebugger":false},"sessionId":"P1"}"""u8;
        Assert.True(CdpMessage.TryParse(json, out CdpMessage? m, out _));
        Assert.Equal((CdpMessageKind.Event, 0L, "Target.attachedToTarget", "P1"), (m.Kind, m.Id, m.Method, m.SessionId));
        Assert.Equal("W1", m.Body.GetProperty("sessionId").GetString());
    }

    [Fact]
    public void TryParse_BodyOutlivesTheBuffer()
    {
        byte[] buffer = Encoding.UTF8.GetBytes("""{"method":"Log.entryAdded","params":{"entry":{"level":"error","text":"404"}}}""");
        Assert.True(CdpMessage.TryParse(buffer, out CdpMessage? m, out _));
        Array.Clear(buffer); // the connection reuses its buffer for the next message
        Assert.Equal("404", m.Body.GetProperty("entry").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("", "not JSON")]
    [InlineData("{\"id\":1,", "not JSON")]
    [InlineData("[1,2]", "got a JSON Array, want an object")]
    [InlineData("{\"result\":{}}", "neither an id nor a method")]
    [InlineData("{\"id\":0,\"result\":{}}", "got id 0, want a positive integer")]
    [InlineData("{\"id\":\"7\",\"result\":{}}", "got id \"7\", want a positive integer")]
    [InlineData("{\"method\":42}", "neither an id nor a method")]
    public void TryParse_Malformed_FalseWithAReason(string json, string reason)
    {
        Assert.False(CdpMessage.TryParse(Encoding.UTF8.GetBytes(json), out CdpMessage? m, out string? error));
        Assert.Null(m);
        Assert.StartsWith(reason, error, StringComparison.Ordinal);
    }
}
