namespace Vigil.Sensors.Capture;

/// <summary>One frame of a capture file.</summary>
/// <param name="Number">The frame's number in the file, from 1 (as Wireshark counts).</param>
/// <param name="Offset">Byte offset of the frame's data in the file.</param>
/// <param name="LinkType">The link-layer header type of the frame (tcpdump.org LINKTYPE_ value).</param>
/// <param name="Timestamp">When the frame was captured (UTC).</param>
/// <param name="Data">The captured bytes, starting with the link-layer header.</param>
public readonly record struct CapturedFrame(int Number, long Offset, int LinkType, DateTimeOffset Timestamp, ReadOnlyMemory<byte> Data);
