namespace Vigil.Sensors.RemoteId;

/// <summary>A captured frame that was rejected, and why.</summary>
/// <param name="FrameNumber">The frame's number in the capture, from 1.</param>
/// <param name="Error">The reason, with the offset of the fault in the capture file.</param>
public readonly record struct RemoteIdFrameRejection(int FrameNumber, DecodeError Error);
