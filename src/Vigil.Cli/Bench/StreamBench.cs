using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench stream</c>: end-to-end latency of the live stream under load. Starts a real
/// <c>vigil serve --synthetic-tracks N --port 0</c> child process over a fresh database (<see cref="BenchServer"/>; or uses
/// <c>--url</c> and <c>--key</c>), opens the clients' <c>/api/stream</c> connections (with
/// <c>--format binary</c>, <c>/api/tracks/stream</c>: track frames, docs/track-frames.md) from this process,
/// and for every track update received in the measured window takes its latency: the wall-clock time
/// this process finished receiving the event minus the track's <c>at</c>, which for synthetic tracks is
/// the server's wall-clock time when the source made the update (both processes read the same clock).
/// Prints one JSON object: latency percentiles, updates and bytes per second, drops; with
/// <c>--runs</c> above 1, each run's figures and their medians.
/// </summary>
internal static class StreamBench
{
    public static async Task<int> RunAsync(StreamBenchParams p, CancellationToken cancellationToken)
    {
        var runs = new List<RunFigures>();
        for (int r = 0; r < p.Runs; r++)
        {
            RunFigures? figures = await RunOnceAsync(p, cancellationToken).ConfigureAwait(false);
            if (figures is null)
            {
                return Program.Failed;
            }

            runs.Add(figures);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {r + 1}: p50 {figures.P50:F1} ms, p99 {figures.P99:F1} ms, {figures.UpdatesPerSecond:N0} updates/s, {figures.Drops} dropped"));
        }

        using var w = new Utf8JsonWriter(Console.OpenStandardOutput(), new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", p.Binary ? "binary" : "json");
        w.WriteNumber("tracks", p.Tracks);
        w.WriteNumber("clients", p.Clients);
        w.WriteNumber("seconds", p.Seconds);
        w.WriteNumber("warmupSeconds", p.WarmupSeconds);
        w.WriteNumber("runs", runs.Count);
        w.WriteNumber("expectedUpdatesPerSecond", (double)p.Tracks * p.Clients);
        w.WritePropertyName("median");
        Write(w, new RunFigures(
            Median(runs, f => f.P50), Median(runs, f => f.P95), Median(runs, f => f.P99), Median(runs, f => f.Max),
            (long)Median(runs, f => f.Updates), Median(runs, f => f.UpdatesPerSecond), Median(runs, f => f.BytesPerSecond),
            (long)Median(runs, f => f.Drops)));
        w.WriteStartArray("each");
        foreach (RunFigures f in runs)
        {
            Write(w, f);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        Console.WriteLine();
        return Program.Ok;
    }

    private static async Task<RunFigures?> RunOnceAsync(StreamBenchParams p, CancellationToken cancellationToken)
    {
        BenchServer server = p.Url is not null
            ? BenchServer.External(p.Url, p.Key!)
            : await BenchServer.StartAsync(p.Tracks, "bench stream", cancellationToken).ConfigureAwait(false);
        await using (server.ConfigureAwait(false))
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var clients = new List<Task<ClientFigures>>();
            long measureFrom = Stopwatch.GetTimestamp() + (long)(p.WarmupSeconds * Stopwatch.Frequency);
            long measureTo = measureFrom + (long)(p.Seconds * Stopwatch.Frequency);
            for (int c = 0; c < p.Clients; c++)
            {
                clients.Add(p.Binary
                    ? ReadFramesAsync(server.Url, server.Key, measureFrom, measureTo, stop.Token)
                    : ReadAsync(server.Url, server.Key, measureFrom, measureTo, stop.Token));
            }

            ClientFigures[] results = await Task.WhenAll(clients).ConfigureAwait(false);
            var latencies = new List<float>();
            long updates = 0, bytes = 0, drops = 0;
            foreach (ClientFigures f in results)
            {
                latencies.AddRange(f.LatenciesMs);
                updates += f.Updates;
                bytes += f.Bytes;
                drops += f.Drops;
            }

            if (latencies.Count == 0)
            {
                Console.Error.WriteLine("vigil: no track update arrived in the measured window");
                return null;
            }

            latencies.Sort();
            return new RunFigures(
                Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99), latencies[^1],
                updates, updates / p.Seconds, bytes / p.Seconds, drops);
        }
    }

    /// <summary>One client: reads the stream until the window closes, timing every track update in it.</summary>
    private static async Task<ClientFigures> ReadAsync(string url, string key, long measureFrom, long measureTo, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None })
        {
            BaseAddress = new Uri(url),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/stream");
        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        var figures = new ClientFigures();
        byte[] buffer = new byte[1 << 20];
        int filled = 0;
        while (Stopwatch.GetTimestamp() < measureTo)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            long receivedTicks = DateTimeOffset.UtcNow.UtcTicks;
            long stamp = Stopwatch.GetTimestamp();
            bool measuring = stamp >= measureFrom && stamp < measureTo;
            if (measuring)
            {
                figures.Bytes += read;
            }

            int searchFrom = Math.Max(0, filled - 1); // a "\n\n" may straddle two reads
            filled += read;
            int start = 0;
            int found;
            while ((found = buffer.AsSpan(searchFrom, filled - searchFrom).IndexOf("\n\n"u8)) >= 0)
            {
                int end = searchFrom + found;
                if (measuring)
                {
                    Event(buffer.AsSpan(start, end - start), receivedTicks, figures);
                }

                start = searchFrom = end + 2;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
            }
        }

        return figures;
    }

    /// <summary>One client of <c>/api/tracks/stream</c>: reads frames until the window closes, timing every track of a change frame in it.</summary>
    private static async Task<ClientFigures> ReadFramesAsync(string url, string key, long measureFrom, long measureTo, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None })
        {
            BaseAddress = new Uri(url),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/tracks/stream");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.vigil.tracks"));
        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        var figures = new ClientFigures();
        byte[] buffer = new byte[1 << 20];
        int filled = 0;
        double snapshotSent = double.NaN;
        while (Stopwatch.GetTimestamp() < measureTo)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            double receivedMs = (DateTimeOffset.UtcNow.UtcTicks - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerMillisecond;
            long stamp = Stopwatch.GetTimestamp();
            bool measuring = stamp >= measureFrom && stamp < measureTo;
            if (measuring)
            {
                figures.Bytes += read;
            }

            filled += read;
            int start = 0;
            while (filled - start >= 4)
            {
                int size = 4 + (int)BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(start));
                if (filled - start < size)
                {
                    if (size > buffer.Length)
                    {
                        Array.Resize(ref buffer, size);
                    }

                    break;
                }

                Frame(buffer.AsSpan(start, size), receivedMs, measuring, ref snapshotSent, figures);
                start += size;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
            }
        }

        return figures;
    }

    /// <summary>
    /// One track frame: the tracks of a change frame are timed (a snapshot's are not, nor those of the
    /// kind-2 frames that continue it, which carry the snapshot's <c>sent</c>); a dropped frame's count is added.
    /// </summary>
    private static void Frame(ReadOnlySpan<byte> f, double receivedMs, bool measuring, ref double snapshotSent, ClientFigures figures)
    {
        byte kind = f[4];
        double sent = BinaryPrimitives.ReadDoubleLittleEndian(f[16..]);
        switch (kind)
        {
            case 1:
                snapshotSent = sent;
                return;
            case 3:
                figures.Drops += measuring ? BinaryPrimitives.ReadUInt32LittleEndian(f[48..]) : 0;
                return;
            case 2 when measuring && sent != snapshotSent:
                break;
            default:
                return;
        }

        double at = BinaryPrimitives.ReadDoubleLittleEndian(f[8..]);
        int tracks = (int)BinaryPrimitives.ReadUInt32LittleEndian(f[32..]);
        int strings = (int)BinaryPrimitives.ReadUInt32LittleEndian(f[40..]);
        int p = 48;
        for (int i = 0; i < strings; i++)
        {
            p += 2 + BinaryPrimitives.ReadUInt16LittleEndian(f[p..]);
        }

        p = (p + 3) & ~3;
        for (int i = 0; i < tracks; i++, p += 32)
        {
            double trackAt = at + BinaryPrimitives.ReadInt32LittleEndian(f[(p + 12)..]);
            figures.LatenciesMs.Add((float)(receivedMs - trackAt));
            figures.Updates++;
        }
    }

    /// <summary>One SSE event: a <c>tracks</c> batch's updates are timed (snapshots are not: their states are old by design); a <c>dropped</c> event's count is added.</summary>
    private static void Event(ReadOnlySpan<byte> text, long receivedTicks, ClientFigures figures)
    {
        int data = text.IndexOf("\ndata: "u8);
        if (data < 0 || !text.StartsWith("event: "u8))
        {
            return;
        }

        ReadOnlySpan<byte> name = text["event: ".Length..data];
        ReadOnlySpan<byte> json = text[(data + "\ndata: ".Length)..];
        if (name.SequenceEqual("dropped"u8))
        {
            var dropped = new Utf8JsonReader(json);
            while (dropped.Read())
            {
                if (dropped.TokenType == JsonTokenType.PropertyName && dropped.ValueTextEquals("count"u8) && dropped.Read())
                {
                    figures.Drops += dropped.GetInt64();
                }
            }

            return;
        }

        if (!name.SequenceEqual("tracks"u8))
        {
            return;
        }

        var reader = new Utf8JsonReader(json);
        bool inTracks = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                if (reader.ValueTextEquals("snapshot"u8))
                {
                    return;
                }

                inTracks = reader.ValueTextEquals("tracks"u8);
            }
            else if (inTracks && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 3 && reader.ValueTextEquals("at"u8)
                && reader.Read() && reader.TryGetDateTimeOffset(out DateTimeOffset at))
            {
                figures.LatenciesMs.Add((float)((receivedTicks - at.UtcTicks) / (double)TimeSpan.TicksPerMillisecond));
                figures.Updates++;
            }
        }
    }

    private static double Percentile(List<float> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    private static double Median(List<RunFigures> runs, Func<RunFigures, double> value)
    {
        double[] xs = [.. runs.Select(value).Order()];
        return xs.Length % 2 == 1 ? xs[xs.Length / 2] : (xs[(xs.Length / 2) - 1] + xs[xs.Length / 2]) / 2;
    }

    private static void Write(Utf8JsonWriter w, RunFigures f)
    {
        w.WriteStartObject();
        w.WriteStartObject("latencyMs");
        w.WriteNumber("p50", Math.Round(f.P50, 1));
        w.WriteNumber("p95", Math.Round(f.P95, 1));
        w.WriteNumber("p99", Math.Round(f.P99, 1));
        w.WriteNumber("max", Math.Round(f.Max, 1));
        w.WriteEndObject();
        w.WriteNumber("updates", f.Updates);
        w.WriteNumber("updatesPerSecond", Math.Round(f.UpdatesPerSecond));
        w.WriteNumber("bytesPerSecond", Math.Round(f.BytesPerSecond));
        w.WriteNumber("drops", f.Drops);
        w.WriteEndObject();
    }

    /// <summary>What one client saw in the measured window.</summary>
    private sealed class ClientFigures
    {
        public List<float> LatenciesMs { get; } = new(1 << 16);

        public long Updates { get; set; }

        public long Bytes { get; set; }

        public long Drops { get; set; }
    }

    /// <summary>One run's figures.</summary>
    private sealed record RunFigures(double P50, double P95, double P99, double Max, long Updates, double UpdatesPerSecond, double BytesPerSecond, long Drops);
}
