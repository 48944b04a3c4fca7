using System.Text.Json;
using Vigil.Sensors.Asterix;

namespace Vigil.Sensors.Tests.Asterix;

/// <summary>Random and mutated datagrams: the decoder never throws, ends, and gives every rejection a reason.</summary>
public class AsterixFuzzTest
{
    private const int Iterations = 20_000;

    [Fact]
    public void Decode_RandomAndMutatedDatagrams_NeverThrowsAndExplainsEveryRejection()
    {
        var random = new Random(48);
        List<byte[]> seeds =
        [
            AsterixFixtures.Bytes("cat048.raw"), AsterixFixtures.Bytes("cat034.raw"), AsterixFixtures.Bytes("cat062cat065.raw"),
            .. AsterixFixtures.Datagrams("cat_034_048.pcap"), .. AsterixFixtures.Datagrams("cat_062_065.pcap"),
        ];
        int rejected = 0, decoded = 0;
        var counter = new CountingHandler();
        for (int i = 0; i < Iterations; i++)
        {
            byte[] input = i % 10 == 0 ? RandomBytes(random) : Mutate(seeds[random.Next(seeds.Count)], random);

            AsterixDecodeResult result = AsterixDecoder.Decode(input);
            AsterixDecodeSummary summary = AsterixDecoder.Decode(input, ref counter);

            Assert.Equal(result.Records.Count, summary.Records);
            Assert.Equal(result.Errors.Count, summary.Errors);
            foreach (DecodeError error in result.Errors)
            {
                Assert.False(string.IsNullOrWhiteSpace(error.Reason));
                Assert.InRange(error.Offset, 0, input.Length);
            }

            foreach (AsterixDecodedRecord record in result.Records)
            {
                Assert.InRange(record.Info.Offset + record.Info.Length, 1, input.Length);
                using JsonDocument json = JsonDocument.Parse(AsterixJson.ToJson(record));
                Assert.Equal(record.Info.Category, json.RootElement.GetProperty("cat").GetInt32());
            }

            rejected += result.Errors.Count;
            decoded += result.Records.Count;
        }

        // The mutations must exercise both outcomes broadly.
        Assert.True(rejected > Iterations / 2, $"{rejected} rejections");
        Assert.True(decoded > Iterations / 4, $"{decoded} records");
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        if (bytes.Length >= 3 && random.Next(2) == 0)
        {
            // Make it look like a block of a decoded category with a plausible length.
            bytes[0] = (byte)new[] { 34, 48, 62, 65 }[random.Next(4)];
            bytes[1] = 0;
            bytes[2] = (byte)Math.Min(bytes.Length, 255);
        }

        return bytes;
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        for (int m = random.Next(1, 5); m > 0 && bytes.Count > 0; m--)
        {
            switch (random.Next(6))
            {
                case 0: // Bit flip.
                    int at = random.Next(bytes.Count);
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1: // Truncation.
                    int keep = random.Next(bytes.Count);
                    bytes.RemoveRange(keep, bytes.Count - keep);
                    break;
                case 2: // Insertion.
                    bytes.InsertRange(random.Next(bytes.Count + 1), Enumerable.Range(0, random.Next(1, 8)).Select(_ => (byte)random.Next(256)));
                    break;
                case 3: // Length-field corruption of the first block.
                    if (bytes.Count >= 3)
                    {
                        bytes[1 + random.Next(2)] = (byte)random.Next(256);
                    }

                    break;
                case 4: // FSPEC byte set to all-ones (every item, every extension).
                    if (bytes.Count >= 4)
                    {
                        bytes[3 + random.Next(Math.Min(4, bytes.Count - 3))] = 0xFF;
                    }

                    break;
                default: // Random byte.
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
            }
        }

        return [.. bytes];
    }

    private struct CountingHandler : IAsterixHandler
    {
        public int Records;

        public void OnCat048(in Cat048Record record, in AsterixRecordInfo info) => Records++;

        public void OnCat034(Cat034Record record, in AsterixRecordInfo info) => Records++;

        public void OnCat062(Cat062Record record, in AsterixRecordInfo info) => Records++;

        public void OnCat065(Cat065Record record, in AsterixRecordInfo info) => Records++;

        public readonly void OnError(in DecodeError error) => Assert.False(string.IsNullOrEmpty(error.Reason));
    }
}
