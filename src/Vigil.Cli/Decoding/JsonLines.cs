using System.Text.Json;
using Vigil.Cli.Output;

namespace Vigil.Cli.Decoding;

/// <summary>Writes JSON values one per line (NDJSON) to a stream.</summary>
internal sealed class JsonLines(Stream stream) : IDisposable
{
    private readonly Utf8JsonWriter _writer = new(stream, Json.Line);

    /// <summary>Lines written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one value and a newline.</summary>
    public void Write(Action<Utf8JsonWriter> value)
    {
        value(_writer);
        _writer.Flush();
        _writer.Reset();
        stream.WriteByte((byte)'\n');
        Count++;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        stream.Flush();
    }
}
