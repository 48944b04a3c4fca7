using System.Text.Json;

namespace Vigil.Dashboard.Tests;

/// <summary>
/// The dashboard's event-stream parser (js/sse.js), run in the browser on a stream cut at awkward
/// places: inside a field name, between the CR and the LF of a line end, inside a UTF-8 character.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class SseParserTest(DemoServer demo) : IDisposable
{
    private readonly Browser _browser = Browser.Start();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public void ReadEvents_ChunksCutAnywhere_EventsAsSent()
    {
        _browser.Driver.Navigate().GoToUrl(new Uri(demo.Address, "css/vigil.css")); // any page of the server: same origin for the module
        string json = (string)_browser.Driver.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            const parts = [
              [0x3a, 0x20, 0x68, 0x62, 0x0d], [0x0a, 0x0d, 0x0a],                    // ": hb\r" "\n\r\n": a heartbeat comment
              new TextEncoder().encode('event: tra'), new TextEncoder().encode('cks\r'),
              new TextEncoder().encode('\ndata: {"at":"x",'), new TextEncoder().encode('"n":1}\r\n\r\n'),
              new TextEncoder().encode('event: alert\ndata: first\ndata: second\nid: 7\n\n'),
              [...new TextEncoder().encode('data: Peshāwar')].slice(0, 11),             // cut inside "ā"
              [...new TextEncoder().encode('data: Peshāwar')].slice(11), new TextEncoder().encode('\n\n'),
              new TextEncoder().encode('data:no space\r\rdata: unfinished'),
            ];
            const body = new ReadableStream({ start(c) { for (const p of parts) c.enqueue(new Uint8Array(p)); c.close(); } });
            import('/js/sse.js')
              .then(async ({ readEvents }) => { const events = []; await readEvents(body, (e) => events.push(e)); done(JSON.stringify(events)); })
              .catch((e) => done(JSON.stringify({ error: String(e) })));
            """)!;
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        (string Type, string Data, string? Id)[] events = [.. doc.RootElement.EnumerateArray().Select(e =>
            (e.GetProperty("type").GetString()!, e.GetProperty("data").GetString()!, e.GetProperty("id").GetString()))];
        Assert.Equal(
            [
                ("tracks", """{"at":"x","n":1}""", null),
                ("alert", "first\nsecond", "7"),
                ("message", "Peshāwar", "7"),
                ("message", "no space", "7"),
            ],
            events);
    }
}
