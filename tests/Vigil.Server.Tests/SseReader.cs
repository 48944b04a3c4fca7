using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Vigil.Server.Tests;

/// <summary>Reads <c>GET /api/stream</c> over real HTTP as a browser's fetch would: event by event.</summary>
internal sealed class SseReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseReader(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public static async Task<SseReader> OpenAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/stream");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseReader(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next event (name and data); comments are skipped.</summary>
    public async Task<(string Name, JsonElement Data)> NextAsync(CancellationToken cancellationToken)
    {
        string name = "message";
        var data = new StringBuilder();
        while (true)
        {
            string? line = await _reader.ReadLineAsync(cancellationToken) ?? throw new EndOfStreamException("the stream ended");
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    return (name, JsonDocument.Parse(data.ToString()).RootElement.Clone());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }
    }

    /// <summary>The next event matching <paramref name="where"/>, skipping others; fails after <paramref name="timeout"/>.</summary>
    public async Task<(string Name, JsonElement Data)> NextAsync(Func<string, JsonElement, bool> where, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            (string name, JsonElement data) = await NextAsync(cts.Token);
            if (where(name, data))
            {
                return (name, data);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
