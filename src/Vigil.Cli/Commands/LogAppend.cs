using System.Buffers;
using System.Text;
using System.Text.Json;
using Vigil.Cli.Output;
using System.Threading.Channels;
using Vigil.Ledger.Json;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Log;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil log append</c>: NDJSON entries on stdin, one JSON object with a string <c>type</c> per
/// line, appended in canonical form (RFC 8785). Lines are read and checked on one thread while the
/// other commits: each commit takes every line read so far (up to <see cref="MaxBatch"/>) in one
/// durable transaction — group commit — and only then acknowledges them, one line each:
/// <c>{"index": N, "leafHash": "…"}</c>. A bad line stops the command with exit code 2 after every
/// line before it is committed and acknowledged.
/// </summary>
internal static class LogAppend
{
    /// <summary>Most entries in one transaction.</summary>
    public const int MaxBatch = 16_384;

    private readonly record struct Line(long Number, byte[]? Entry, string? Error);

    public static async Task<int> RunAsync(TransparencyLog log, Stream input, Stream output, TextWriter errors)
    {
        var lines = Channel.CreateBounded<Line>(new BoundedChannelOptions(4 * MaxBatch) { SingleReader = true, SingleWriter = true });
        Task reading = Task.Run(() => Read(input, lines.Writer));
        var batch = new List<byte[]>(MaxBatch);
        string? error = null;
        using var w = new Utf8JsonWriter(output, Json.Line);
        while (error is null && await lines.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && lines.Reader.TryRead(out Line line))
            {
                if (line.Error is not null)
                {
                    error = line.Error;
                    break;
                }

                batch.Add(line.Entry!);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            long first = log.Append(batch);
            for (long i = first; i < first + batch.Count; i++)
            {
                w.WriteStartObject();
                w.WriteNumber("index", i);
                w.WriteString("leafHash", log.LeafHash(i).ToBase64());
                w.WriteEndObject();
                w.Flush();
                w.Reset();
                output.WriteByte((byte)'\n');
            }

            output.Flush();
        }

        await reading.ConfigureAwait(false);
        if (error is not null)
        {
            errors.WriteLine($"vigil: stdin: {error}");
            return Program.BadInput;
        }

        return Program.Ok;
    }

    private static void Read(Stream input, ChannelWriter<Line> lines)
    {
        try
        {
            long number = 0;
            foreach (byte[] line in Lines(input))
            {
                number++;
                if (line.Length == 0)
                {
                    continue;
                }

                string? error = Check(line, out byte[] canonical);
                Write(lines, new Line(number, error is null ? canonical : null, error is null ? null : $"line {number}: {error}"));
                if (error is not null)
                {
                    return;
                }
            }
        }
        finally
        {
            lines.Complete();
        }
    }

    /// <summary>The lines of <paramref name="input"/> as raw bytes, without their '\n' (or "\r\n"), so bad UTF-8 is seen, not replaced.</summary>
    private static IEnumerable<byte[]> Lines(Stream input)
    {
        var buffer = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>();
        int n;
        while ((n = input.Read(buffer)) > 0)
        {
            int start = 0;
            for (int end; (end = Array.IndexOf(buffer, (byte)'\n', start, n - start)) >= 0; start = end + 1)
            {
                line.Write(buffer.AsSpan(start, end - start));
                yield return Trimmed(line);
                line.ResetWrittenCount();
            }

            line.Write(buffer.AsSpan(start, n - start));
        }

        if (line.WrittenCount > 0)
        {
            yield return Trimmed(line);
        }
    }

    private static byte[] Trimmed(ArrayBufferWriter<byte> line) =>
        line.WrittenSpan is [.. var body, (byte)'\r'] ? body.ToArray() : line.WrittenSpan.ToArray();

    private static void Write(ChannelWriter<Line> lines, Line line)
    {
        while (!lines.TryWrite(line))
        {
            if (!lines.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
            {
                return;
            }
        }
    }

    /// <summary>Null if the line is a JSON object with a non-empty string <c>type</c>, with its canonical bytes; else what is wrong.</summary>
    internal static string? Check(ReadOnlySpan<byte> utf8, out byte[] canonical)
    {
        if (!CanonicalJson.TryCanonicalize(utf8, out canonical, out string? error))
        {
            return error;
        }

        using JsonDocument doc = JsonDocument.Parse(canonical);
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return $"an entry must be a JSON object, got {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}";
        }

        return doc.RootElement.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String && type.GetString()!.Length > 0
            ? null
            : "an entry must have a non-empty string \"type\"";
    }
}
