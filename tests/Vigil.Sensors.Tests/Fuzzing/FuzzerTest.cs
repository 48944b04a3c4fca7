using Vigil.Sensors.Capture;
using Vigil.Sensors.Fuzzing;

namespace Vigil.Sensors.Tests.Fuzzing;

public class FuzzerTest
{
    private static readonly byte[][] Seeds = [[1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11]];

    [Fact]
    public void Reports_a_decoder_that_throws_with_the_input_that_did_it()
    {
        static bool Probe(ReadOnlySpan<byte> input, out DecodeError error)
        {
            error = new DecodeError(0, "too short");
            return input.Length < 8 ? false : input[7] == 8 ? true : throw new InvalidOperationException("boom");
        }

        FuzzReport report = Fuzzer.Run("toy", Probe, Seeds, 5_000, seed: 1);

        Assert.Equal(5_000, report.Inputs);
        Assert.Equal(report.Inputs, report.Accepted + report.Rejected + report.Crashes);
        Assert.InRange(report.Crashes, 1, report.Inputs);
        Assert.StartsWith("InvalidOperationException: boom on input ", report.FirstCrash);
    }

    [Fact]
    public void A_rejection_without_a_reason_is_a_crash()
    {
        static bool Probe(ReadOnlySpan<byte> input, out DecodeError error)
        {
            error = default;
            return false;
        }

        FuzzReport report = Fuzzer.Run("silent", Probe, Seeds, 100, seed: 2);

        Assert.Equal(100, report.Crashes);
        Assert.StartsWith("rejected without a reason", report.FirstCrash);
    }

    [Fact]
    public void Mutants_differ_from_their_seed_and_replay_from_the_seed()
    {
        var a = new ByteMutator(7);
        var b = new ByteMutator(7);
        byte[] seed = Seeds[0];
        List<byte[]> first = Enumerable.Range(0, 200).Select(_ => a.Mutate(seed)).ToList();
        List<byte[]> again = Enumerable.Range(0, 200).Select(_ => b.Mutate(seed)).ToList();

        Assert.Equal(first, again);
        Assert.True(first.Count(m => m.AsSpan().SequenceEqual(seed)) < 20);
    }

    [Fact]
    public void The_capture_reader_survives_mutated_captures()
    {
        byte[] seed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "asterix", "cat_034_048.pcap"));
        static bool Probe(ReadOnlySpan<byte> input, out DecodeError error)
        {
            CaptureReader reader = CaptureReader.Open(input.ToArray());
            while (reader.TryRead(out _))
            {
            }

            error = reader.Error ?? default;
            return reader.Error is null;
        }

        FuzzReport report = Fuzzer.Run("capture", Probe, [seed], 5_000, seed: 3);

        Assert.Null(report.FirstCrash);
        Assert.True(report.Rejected > 100, $"only {report.Rejected} rejected");
    }
}
