using System.Diagnostics;

namespace Vigil.Sensors.Fuzzing;

/// <summary>
/// Feeds a decoder well-formed seeds and their mutants and checks the contract every decoder keeps:
/// never throw, never hang, and give a reason for every rejection.
/// </summary>
public static class Fuzzer
{
    /// <summary>Runs <paramref name="inputs"/> inputs through <paramref name="probe"/>: each seed once, then mutants of random seeds.</summary>
    /// <param name="decoder">The decoder's name, for the report.</param>
    /// <param name="probe">The decoder under test.</param>
    /// <param name="seeds">Well-formed inputs to mutate; at least one.</param>
    /// <param name="inputs">How many inputs to try in all.</param>
    /// <param name="seed">Random seed of the mutations.</param>
    public static FuzzReport Run(string decoder, DecodeProbe probe, IReadOnlyList<byte[]> seeds, long inputs, int seed)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfZero(seeds.Count);
        var mutator = new ByteMutator(seed);
        var random = new Random(seed);
        long accepted = 0, rejected = 0, crashes = 0, slowest = 0;
        string? firstCrash = null;
        long started = Stopwatch.GetTimestamp();
        for (long i = 0; i < inputs; i++)
        {
            byte[] input = i < seeds.Count ? seeds[(int)i] : mutator.Mutate(seeds[random.Next(seeds.Count)]);
            long t0 = Stopwatch.GetTimestamp();
            string? crash = null;
            try
            {
                if (probe(input, out DecodeError error))
                {
                    accepted++;
                }
                else if (string.IsNullOrWhiteSpace(error.Reason))
                {
                    crash = "rejected without a reason";
                }
                else
                {
                    rejected++;
                }
            }
            catch (Exception e)
            {
                crash = $"{e.GetType().Name}: {e.Message}";
            }

            slowest = Math.Max(slowest, Stopwatch.GetTimestamp() - t0);
            if (crash is not null)
            {
                crashes++;
                firstCrash ??= $"{crash} on input {Convert.ToHexString(input)}";
            }
        }

        return new FuzzReport(decoder, inputs, accepted, rejected, crashes, firstCrash,
            Stopwatch.GetElapsedTime(started), Stopwatch.GetElapsedTime(0, slowest));
    }
}
