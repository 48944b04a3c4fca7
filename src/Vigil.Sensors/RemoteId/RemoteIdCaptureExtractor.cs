using Vigil.Sensors.Capture;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// Extracts the Remote ID messages of a whole pcap or pcapng capture held in memory (Wi-Fi with or
/// without radiotap, Bluetooth LE with a Nordic sniffer header or bare). Never throws on any input:
/// a malformed file ends in <see cref="RemoteIdCaptureResult.CaptureError"/> after the frames before
/// the fault, and each bad frame is listed with its reason.
/// </summary>
public static class RemoteIdCaptureExtractor
{
    /// <summary>Reads every frame of <paramref name="file"/> and decodes its Remote ID broadcasts.</summary>
    public static RemoteIdCaptureResult Extract(ReadOnlyMemory<byte> file)
    {
        var messages = new List<CapturedRemoteIdMessage>();
        var rejections = new List<RemoteIdFrameRejection>();
        var buffer = new CapturedRemoteIdMessage[RemoteIdFrameDecoder.MaxMessagesPerFrame];
        int frames = 0, remoteIdFrames = 0;
        CaptureReader reader = CaptureReader.Open(file);
        while (reader.TryRead(out CapturedFrame frame))
        {
            frames++;
            switch (RemoteIdFrameDecoder.Decode(frame, buffer, out int count, out DecodeError error))
            {
                case RemoteIdFrameStatus.Decoded:
                    remoteIdFrames++;
                    messages.AddRange(buffer.AsSpan(0, count));
                    break;
                case RemoteIdFrameStatus.Rejected:
                    rejections.Add(new RemoteIdFrameRejection(frame.Number, new DecodeError(frame.Offset + error.Offset, error.Reason)));
                    break;
            }
        }

        return new RemoteIdCaptureResult(messages, rejections, frames, remoteIdFrames, reader.Error);
    }
}
