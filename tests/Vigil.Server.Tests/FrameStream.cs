using System.Buffers.Binary;
using System.Net.Http.Headers;

namespace Vigil.Server.Tests;

/// <summary>Reads <c>GET /api/tracks/stream</c> over real HTTP, frame by frame, as the dashboard's worker does.</summary>
internal sealed class FrameStream : IAsyncDisposable
{
    public const string MediaType = "application/vnd.vigil.tracks";

    private readonly HttpResponseMessage _response;
    private readonly Stream _body;

    private FrameStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _body = body;
    }

    /// <summary>The response, for its headers.</summary>
    public HttpResponseMessage Response => _response;

    /// <summary>Opens the stream (<paramref name="query"/> such as <c>?trail=30</c>); fails unless it is a 200 of track frames.</summary>
    public static async Task<FrameStream> OpenAsync(HttpClient client, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/tracks/stream" + query);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal(MediaType, response.Content.Headers.ContentType?.MediaType);
        return new FrameStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next frame, whole and decoded.</summary>
    public async Task<DecodedFrame> NextAsync(CancellationToken cancellationToken)
    {
        byte[] head = new byte[4];
        await _body.ReadExactlyAsync(head, cancellationToken);
        int length = (int)BinaryPrimitives.ReadUInt32LittleEndian(head);
        Assert.InRange(length, 44, 64 << 20);
        byte[] frame = new byte[4 + length];
        head.CopyTo(frame, 0);
        await _body.ReadExactlyAsync(frame.AsMemory(4), cancellationToken);
        return FrameDecoder.Decode(frame);
    }

    /// <summary>The next frame, within <paramref name="timeout"/>.</summary>
    public async Task<DecodedFrame> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await NextAsync(cts.Token);
    }

    /// <summary>A snapshot: the kind-1 frame and the kind-2 frames of its continuation (<paramref name="frames"/> of them in all).</summary>
    public async Task<List<DecodedFrame>> SnapshotAsync(int frames, TimeSpan timeout)
    {
        var snapshot = new List<DecodedFrame> { await NextAsync(timeout) };
        Assert.Equal(1, snapshot[0].Kind);
        while (snapshot.Count < frames)
        {
            DecodedFrame f = await NextAsync(timeout);
            Assert.Equal(2, f.Kind);
            snapshot.Add(f);
        }

        return snapshot;
    }

    public ValueTask DisposeAsync()
    {
        _body.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
