using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Sapient;

/// <summary>One result of reading a SAPIENT stream: a message, a rejected frame, or the end.</summary>
/// <param name="Status">Which of the four outcomes.</param>
/// <param name="Offset">Byte offset of the frame's length prefix (or of the JSON document) in the input.</param>
/// <param name="Message">The parsed message when <see cref="Status"/> is <see cref="SapientFrameStatus.Message"/>.</param>
/// <param name="Error">Why the frame was rejected when <see cref="Status"/> is Malformed or Broken.</param>
/// <param name="Packet">The frame's payload bytes (without the prefix) for Message and Malformed; empty otherwise.</param>
public readonly record struct SapientFrame(
    SapientFrameStatus Status, long Offset, SapientMessage? Message, DecodeError? Error, ReadOnlyMemory<byte> Packet)
{
    internal static SapientFrame Ok(long offset, SapientMessage message, ReadOnlyMemory<byte> packet) =>
        new(SapientFrameStatus.Message, offset, message, null, packet);

    internal static SapientFrame Malformed(DecodeError error, long offset, ReadOnlyMemory<byte> packet) =>
        new(SapientFrameStatus.Malformed, offset, null, error, packet);

    internal static SapientFrame Broken(DecodeError error, long offset) =>
        new(SapientFrameStatus.Broken, offset, null, error, ReadOnlyMemory<byte>.Empty);

    internal static SapientFrame End(long offset) =>
        new(SapientFrameStatus.End, offset, null, null, ReadOnlyMemory<byte>.Empty);
}
