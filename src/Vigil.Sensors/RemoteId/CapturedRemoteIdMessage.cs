namespace Vigil.Sensors.RemoteId;

/// <summary>A Remote ID message as received: the message and where, how and when it came.</summary>
/// <param name="Message">The decoded message.</param>
/// <param name="Transport">The broadcast it came in.</param>
/// <param name="Sender">The transmitter MAC address or Bluetooth advertiser address.</param>
/// <param name="Counter">The transport's message counter (one byte, incremented by the sender per broadcast).</param>
/// <param name="FrameNumber">The frame's number in its capture, from 1; 0 when not from a capture.</param>
/// <param name="ReceivedAt">When the frame was received (UTC).</param>
public readonly record struct CapturedRemoteIdMessage(
    RemoteIdMessage Message,
    RemoteIdTransport Transport,
    SenderAddress Sender,
    byte Counter,
    int FrameNumber,
    DateTimeOffset ReceivedAt);
