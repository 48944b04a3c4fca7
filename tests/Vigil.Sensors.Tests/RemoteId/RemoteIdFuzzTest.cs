using Vigil.Sensors.Capture;
using Vigil.Sensors.RemoteId;

namespace Vigil.Sensors.Tests.RemoteId;

/// <summary>
/// Seeded fuzzing: random and mutated messages, packs, frames and whole capture files (bit flips,
/// truncation, insertion, deletion). Nothing may throw or hang, and every rejection must have a reason
/// and an offset inside the input.
/// </summary>
public class RemoteIdFuzzTest
{
    private static readonly string[] Captures = ["odid_wifi_bcn_sample.pcap", "odid_wifi_sample.pcap", "odid_bt5_lr_sample.pcapng"];

    [Fact]
    public void TryDecodeMessages_RandomBytes_NeverThrowsAndAlwaysExplains()
    {
        var random = new Random(0xF341);
        var messages = new RemoteIdMessage[RemoteIdMessagePack.MaxMessages];
        int rejected = 0;
        for (int i = 0; i < 50_000; i++)
        {
            byte[] bytes = new byte[i % 3 == 0 ? 25 : random.Next(0, 240)];
            random.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length > 0)
            {
                bytes[0] = (byte)((random.Next(7) << 4) | (bytes[0] & 0x0F)); // mostly defined types
            }

            if (!RemoteIdDecoder.TryDecodeMessages(bytes, messages, out int count, out DecodeError error))
            {
                rejected++;
                AssertExplained(error, bytes.Length);
                Assert.Equal(0, count);
            }

            if (!RemoteIdDecoder.TryDecode(bytes, out _, out error))
            {
                AssertExplained(error, bytes.Length);
            }

            if (!RemoteIdDecoder.TryDecodePack(bytes, out _, out error))
            {
                AssertExplained(error, bytes.Length);
            }
        }

        Assert.InRange(rejected, 1, 49_999);
    }

    [Fact]
    public void TryDecodePack_MutatedPacks_NeverThrowsAndAlwaysExplains()
    {
        var random = new Random(0x9ACC);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++)
        {
            var messages = new RemoteIdMessage[random.Next(10)];
            for (int j = 0; j < messages.Length; j++)
            {
                messages[j] = RemoteIdSamples.Decode(RemoteIdSamples.RandomMessage(random, random.Next(6)));
            }

            var pack = new RemoteIdMessagePack(messages);
            byte[] bytes = new byte[pack.EncodedSize];
            RemoteIdEncoder.Encode(pack, bytes);
            bytes = Mutate(random, bytes);
            if (RemoteIdDecoder.TryDecodePack(bytes, out RemoteIdMessagePack back, out DecodeError error))
            {
                accepted++;
                Assert.InRange(back.Count, 0, 9);
            }
            else
            {
                AssertExplained(error, bytes.Length);
            }
        }

        Assert.InRange(accepted, 1, 19_999);
    }

    [Fact]
    public void Decode_MutatedFrames_NeverThrowsAndAlwaysExplains()
    {
        var random = new Random(0xF4A3);
        var destination = new CapturedRemoteIdMessage[RemoteIdFrameDecoder.MaxMessagesPerFrame];
        var frames = Captures.SelectMany(file => CaptureReader.ReadAll(RemoteIdFixtures.Read(file)).Frames).ToArray();
        int[] linkTypes = [LinkTypes.Ieee80211Radiotap, LinkTypes.Ieee80211, LinkTypes.NordicBle, LinkTypes.BluetoothLeLl];
        var statuses = new Dictionary<RemoteIdFrameStatus, int>();
        for (int i = 0; i < 30_000; i++)
        {
            CapturedFrame frame = frames[random.Next(frames.Length)];
            byte[] bytes = Mutate(random, frame.Data.ToArray());
            int linkType = i % 5 == 0 ? linkTypes[random.Next(linkTypes.Length)] : frame.LinkType;
            RemoteIdFrameStatus status = RemoteIdFrameDecoder.Decode(linkType, bytes, i, frame.Timestamp, destination, out int count, out DecodeError error);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status == RemoteIdFrameStatus.Rejected)
            {
                AssertExplained(error, bytes.Length);
            }

            Assert.InRange(count, 0, RemoteIdFrameDecoder.MaxMessagesPerFrame);
        }

        Assert.Equal(3, statuses.Count); // decoded, other, and rejected frames all occur
    }

    [Fact]
    public void Extract_MutatedCaptureFiles_NeverThrowsAndAlwaysExplains()
    {
        var random = new Random(0xCA9);
        foreach (string file in Captures)
        {
            byte[] original = RemoteIdFixtures.Read(file);
            for (int i = 0; i < 700; i++)
            {
                byte[] bytes = Mutate(random, original);
                RemoteIdCaptureResult result = RemoteIdCaptureExtractor.Extract(bytes);
                foreach (RemoteIdFrameRejection rejection in result.Rejections)
                {
                    AssertExplained(rejection.Error, bytes.Length);
                }

                if (result.CaptureError is { } error)
                {
                    AssertExplained(error, bytes.Length);
                }

                Assert.True(result.OtherFrames >= 0);
            }
        }
    }

    [Fact]
    public void Extract_RandomBytes_ExplainsWhyItIsNotACapture()
    {
        var random = new Random(7);
        for (int i = 0; i < 2_000; i++)
        {
            byte[] bytes = new byte[random.Next(64)];
            random.NextBytes(bytes);
            RemoteIdCaptureResult result = RemoteIdCaptureExtractor.Extract(bytes);
            if (result.CaptureError is { } error)
            {
                AssertExplained(error, bytes.Length);
            }
        }
    }

    /// <summary>One to eight edits: a bit flip, a random byte, a truncation, an insertion or a deletion.</summary>
    internal static byte[] Mutate(Random random, byte[] input)
    {
        var bytes = new List<byte>(input);
        int edits = 1 + random.Next(8);
        for (int e = 0; e < edits; e++)
        {
            int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                    break;
                case 4 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(1 + random.Next(8), bytes.Count - at));
                    break;
            }
        }

        return [.. bytes];
    }

    private static void AssertExplained(DecodeError error, long length)
    {
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        Assert.True(error.Offset >= 0 && error.Offset <= length, $"{error} is outside the {length} bytes");
    }
}
