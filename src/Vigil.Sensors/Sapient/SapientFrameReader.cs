using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// Reads length-prefixed SAPIENT frames (see <see cref="SapientFrames"/>) from a stream, one at a time. A frame whose
/// payload is not a SapientMessage is reported as <see cref="SapientFrameStatus.Malformed"/> and reading can go on;
/// an oversized length or a stream that ends inside a frame is <see cref="SapientFrameStatus.Broken"/> and ends the
/// stream. Never throws for bad input; not thread-safe (one reader per connection).
/// </summary>
public sealed class SapientFrameReader
{
    private readonly PipeReader _reader;
    private readonly int _maxMessageBytes;
    private long _offset;
    private bool _finished;

    /// <summary>Reads from <paramref name="reader"/>, accepting payloads up to <paramref name="maxMessageBytes"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMessageBytes"/> is not positive.</exception>
    public SapientFrameReader(PipeReader reader, int maxMessageBytes = SapientFrames.DefaultMaxMessageBytes)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageBytes);
        _reader = reader;
        _maxMessageBytes = maxMessageBytes;
    }

    /// <summary>Reads from <paramref name="stream"/> (left open), accepting payloads up to <paramref name="maxMessageBytes"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMessageBytes"/> is not positive.</exception>
    public SapientFrameReader(Stream stream, int maxMessageBytes = SapientFrames.DefaultMaxMessageBytes)
        : this(PipeReader.Create(stream ?? throw new ArgumentNullException(nameof(stream)), new StreamPipeReaderOptions(leaveOpen: true)), maxMessageBytes)
    {
    }

    /// <summary>Bytes consumed so far.</summary>
    public long Offset => _offset;

    /// <summary>
    /// The next frame. After <see cref="SapientFrameStatus.Broken"/> or <see cref="SapientFrameStatus.End"/> every
    /// further call returns End.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<SapientFrame> ReadAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return SapientFrame.End(_offset);
        }

        while (true)
        {
            ReadResult result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = result.Buffer;
            long start = _offset;
            if (buffer.Length >= SapientFrames.PrefixBytes)
            {
                uint length = ReadPrefix(buffer);
                if (!SapientFrames.LengthFits(length, _maxMessageBytes, start, out DecodeError tooBig))
                {
                    return Finish(buffer, SapientFrame.Broken(tooBig, start));
                }

                long total = SapientFrames.PrefixBytes + (long)length;
                if (buffer.Length >= total)
                {
                    byte[] packet = buffer.Slice(SapientFrames.PrefixBytes, length).ToArray();
                    _reader.AdvanceTo(buffer.GetPosition(total));
                    _offset += total;
                    return SapientFrames.TryParse(packet, start + SapientFrames.PrefixBytes, out var message, out var error)
                        ? SapientFrame.Ok(start, message, packet)
                        : SapientFrame.Malformed(error, start, packet);
                }
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                if (buffer.Length == 0)
                {
                    return Finish(buffer, SapientFrame.End(start));
                }

                var truncated = new DecodeError(start, $"stream ends {buffer.Length} bytes into a frame");
                return Finish(buffer, SapientFrame.Broken(truncated, start));
            }

            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static uint ReadPrefix(in ReadOnlySequence<byte> buffer)
    {
        Span<byte> prefix = stackalloc byte[SapientFrames.PrefixBytes];
        buffer.Slice(0, SapientFrames.PrefixBytes).CopyTo(prefix);
        return BinaryPrimitives.ReadUInt32LittleEndian(prefix);
    }

    private SapientFrame Finish(ReadOnlySequence<byte> buffer, SapientFrame frame)
    {
        _finished = true;
        _reader.AdvanceTo(buffer.End);
        _offset += buffer.Length;
        return frame;
    }
}
