using System.Text;
using Vigil.Sensors.Sapient;

namespace Vigil.Sensors.Tests.Sapient;

/// <summary>
/// Mutation fuzzing of the frame reader, parser and validator: valid fixtures in binary and JSON form, damaged in
/// every way a link or a faulty node can damage them, must be rejected with a reason, never crash or hang.
/// </summary>
public class SapientFuzzTest
{
    private const int Seed = 335;
    private const int MutantsPerFixture = 150;

    [Fact]
    public async Task Mutants_NeverThrowAndAlwaysGiveAReason()
    {
        var random = new Random(Seed);
        var seeds = SapientFixtures.ValidMessages().Select(SapientFrames.Encode).ToList();
        var jsonSeeds = SapientFixtures.Names("valid").Select(n => Encoding.UTF8.GetBytes(SapientFixtures.Read("valid", n))).ToList();
        int inputs = 0;
        int rejected = 0;
        for (int i = 0; i < seeds.Count; i++)
        {
            for (int m = 0; m < MutantsPerFixture; m++)
            {
                byte[] mutant = Mutate(random, m % 3 == 0 ? jsonSeeds[i] : seeds[i], seeds[random.Next(seeds.Count)]);
                inputs++;
                if (!Check(mutant))
                {
                    rejected++;
                }

                if (m % 10 == 0)
                {
                    await CheckReader(mutant);
                }
            }
        }

        for (int r = 0; r < 2000; r++)
        {
            var noise = new byte[random.Next(0, 64)];
            random.NextBytes(noise);
            inputs++;
            if (!Check(noise))
            {
                rejected++;
            }
        }

        Assert.True(inputs >= 7000, $"{inputs} inputs");
        Assert.True(rejected > inputs / 2, $"only {rejected} of {inputs} rejected");
    }

    [Fact]
    public void SharedFuzzer_OnBinaryAndJsonSeeds_FindsNoCrashOrReasonlessRejection()
    {
        var seeds = SapientFixtures.ValidMessages().Select(SapientFrames.Encode)
            .Concat(SapientFixtures.Names("valid").Select(n => Encoding.UTF8.GetBytes(SapientFixtures.Read("valid", n))))
            .ToList();
        var report = Vigil.Sensors.Fuzzing.Fuzzer.Run("sapient", SapientDecoder.TryDecode, seeds, inputs: 5000, seed: Seed);
        Assert.Equal(5000, report.Inputs);
        Assert.Equal(0, report.Crashes);
        Assert.Null(report.FirstCrash);
        Assert.True(report.Rejected > 0);
    }

    private static bool Check(byte[] input)
    {
        bool ok = SapientDecoder.TryDecode(input, out var error);
        if (!ok)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Reason));
            Assert.InRange(error.Offset, 0, Math.Max(0, input.Length));
        }

        foreach (var frame in SapientDecoder.Decode(input))
        {
            if (frame.Status == SapientFrameStatus.Message)
            {
                Assert.All(SapientValidator.Validate(frame.Message!), p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
                _ = SapientJson.Format(frame.Message!);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(frame.Error!.Value.Reason));
            }
        }

        return ok;
    }

    private static async Task CheckReader(byte[] input)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var reader = new SapientFrameReader(new MemoryStream(input), maxMessageBytes: 1 << 20);
        for (int n = 0; n <= input.Length + 1; n++)
        {
            var frame = await reader.ReadAsync(timeout.Token);
            if (frame.Status == SapientFrameStatus.End)
            {
                return;
            }

            if (frame.Status != SapientFrameStatus.Message)
            {
                Assert.False(string.IsNullOrWhiteSpace(frame.Error!.Value.Reason));
            }
        }

        Assert.Fail("reader did not reach the end of the input");
    }

    private static byte[] Mutate(Random random, byte[] seed, byte[] other)
    {
        var bytes = new List<byte>(seed);
        int edits = 1 + random.Next(4);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;                 // bit flip
                case 1: bytes.RemoveRange(at, bytes.Count - at); break;                  // truncation
                case 2: bytes.Insert(at, (byte)random.Next(256)); break;                 // insertion
                case 3: bytes.RemoveAt(at); break;                                        // deletion
                case 4:                                                                   // length prefix corruption
                    for (int k = 0; k < Math.Min(4, bytes.Count); k++)
                    {
                        bytes[k] = (byte)random.Next(256);
                    }

                    break;
                case 5: bytes.AddRange(other); break;                                     // a second frame
                default: bytes[at] = (byte)random.Next(256); break;                      // byte replacement
            }
        }

        return [.. bytes];
    }
}
