using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Vigil.Sensors.Sapient;
using Vigil.Sensors.Sapient.Proto;
using Task = System.Threading.Tasks.Task;

namespace Vigil.Sensors.Tests.Sapient;

public class SapientFramesTest
{
    [Property(MaxTest = 300)]
    public bool Frames_RandomMessages_ReadBackEqual(NonNull<string> nodeId, double x, double y, float confidence, bool ack, NonNull<string>[] reasons, byte[] packet)
    {
        var messages = new List<SapientMessage>
        {
            new()
            {
                Timestamp = new Timestamp { Seconds = (long)Math.Abs(x % 1e9), Nanos = Math.Abs((int)(y % 1e9)) },
                NodeId = nodeId.Get,
                DetectionReport = new DetectionReport
                {
                    ReportId = nodeId.Get, ObjectId = "o", DetectionConfidence = confidence,
                    Location = new Location { X = x, Y = y, CoordinateSystem = LocationCoordinateSystem.LatLngDegM, Datum = LocationDatum.Wgs84E },
                },
            },
            new() { RegistrationAck = new RegistrationAck { Acceptance = ack, AckResponseReason = { reasons.Select(r => r.Get) } } },
            new() { Error = new Error { Packet = ByteString.CopyFrom(packet), ErrorMessage = { "e" } } },
            new(),
        };
        using var stream = new MemoryStream();
        foreach (var m in messages)
        {
            SapientFrames.Write(stream, m);
        }

        stream.Position = 0;
        var reader = new SapientFrameReader(stream);
        foreach (var m in messages)
        {
            var frame = reader.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            if (frame.Status != SapientFrameStatus.Message || !frame.Message!.Equals(m))
            {
                return false;
            }
        }

        return reader.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult().Status == SapientFrameStatus.End
            && SapientDecoder.Decode(stream.ToArray()).Select(f => f.Message).SequenceEqual(messages);
    }

    [Fact]
    public async Task ReadAsync_OversizedLength_IsBrokenWithOffset()
    {
        var good = SapientFrames.Encode(new SapientMessage { NodeId = "n" });
        byte[] input = [.. good, 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3];
        var reader = new SapientFrameReader(new MemoryStream(input), maxMessageBytes: 1024);
        Assert.Equal(SapientFrameStatus.Message, (await reader.ReadAsync(CancellationToken.None)).Status);
        var bad = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal(SapientFrameStatus.Broken, bad.Status);
        Assert.Equal(good.Length, bad.Error!.Value.Offset);
        Assert.Contains("limit of 1024", bad.Error.Value.Reason, StringComparison.Ordinal);
        Assert.Equal(SapientFrameStatus.End, (await reader.ReadAsync(CancellationToken.None)).Status);
    }

    [Fact]
    public async Task ReadAsync_Truncated_IsBroken()
    {
        var frame = SapientFrames.Encode(new SapientMessage { NodeId = "node" });
        var reader = new SapientFrameReader(new MemoryStream(frame[..^2]));
        var result = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal(SapientFrameStatus.Broken, result.Status);
        Assert.Equal(0, result.Error!.Value.Offset);
        Assert.Contains("stream ends", result.Error.Value.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_GarbagePayload_IsMalformedAndReadingGoesOn()
    {
        byte[] garbage = [3, 0, 0, 0, 0xFF, 0xFF, 0xFF];
        var good = SapientFrames.Encode(new SapientMessage { NodeId = "n" });
        var reader = new SapientFrameReader(new MemoryStream([.. garbage, .. good]));
        var bad = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal(SapientFrameStatus.Malformed, bad.Status);
        Assert.Equal(4, bad.Error!.Value.Offset);
        Assert.Equal(3, bad.Packet.Length);
        var next = await reader.ReadAsync(CancellationToken.None);
        Assert.Equal(SapientFrameStatus.Message, next.Status);
        Assert.Equal(garbage.Length, next.Offset);
    }

    [Fact]
    public void Decode_JsonFixture_IsOneMessage()
    {
        byte[] json = File.ReadAllBytes(Path.Combine(SapientFixtures.Root, "valid", "DetectionReport.FullMessage.json"));
        var frames = SapientDecoder.Decode(json);
        var frame = Assert.Single(frames);
        Assert.Equal(SapientFrameStatus.Message, frame.Status);
        Assert.True(SapientDecoder.TryDecode(json, out _));
        string line = SapientJson.Format(frame.Message!);
        Assert.DoesNotContain('\n', line);
        Assert.Equal(frame.Message, SapientFixtures.Parse(line));
    }

    [Fact]
    public void TryDecode_InvalidMessage_SaysWhereAndWhy()
    {
        var message = SapientFixtures.Parse(SapientFixtures.Read("invalid", "0014.Location.x.Missing.json"));
        Assert.False(SapientDecoder.TryDecode(SapientFrames.Encode(message), out var error));
        Assert.Equal(0, error.Offset);
        Assert.Contains("alert.location.x: missing", error.Reason, StringComparison.Ordinal);
    }
}
