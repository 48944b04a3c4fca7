namespace Vigil.Sensors.RemoteId;

/// <summary>The Remote ID messages of a capture file, with an account of every frame.</summary>
public sealed class RemoteIdCaptureResult
{
    internal RemoteIdCaptureResult(
        List<CapturedRemoteIdMessage> messages,
        List<RemoteIdFrameRejection> rejections,
        int frames,
        int remoteIdFrames,
        DecodeError? captureError)
    {
        Messages = messages;
        Rejections = rejections;
        Frames = frames;
        RemoteIdFrames = remoteIdFrames;
        CaptureError = captureError;
    }

    /// <summary>The decoded messages, in frame order.</summary>
    public IReadOnlyList<CapturedRemoteIdMessage> Messages { get; }

    /// <summary>The frames rejected (malformed, CRC failed, or Remote ID that does not decode), each with its reason.</summary>
    public IReadOnlyList<RemoteIdFrameRejection> Rejections { get; }

    /// <summary>Frames read from the capture.</summary>
    public int Frames { get; }

    /// <summary>Frames that carried Remote ID and decoded.</summary>
    public int RemoteIdFrames { get; }

    /// <summary>Frames without Remote ID: the rest of the frames, neither decoded nor rejected.</summary>
    public int OtherFrames => Frames - RemoteIdFrames - Rejections.Count;

    /// <summary>The fault that ended reading the capture file early, or null when it was read to its end.</summary>
    public DecodeError? CaptureError { get; }
}
