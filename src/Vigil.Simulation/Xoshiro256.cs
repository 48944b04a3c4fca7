namespace Vigil.Simulation;

/// <summary>
/// The xoshiro256** generator (D. Blackman and S. Vigna, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 47(4), 2021), seeded through SplitMix64 as its authors recommend. Used
/// instead of <see cref="Random"/> so a seed gives the same scenario on every .NET version.
/// </summary>
internal sealed class Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareGaussian = double.NaN;

    public Xoshiro256(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A generator for one named stream, so adding a target does not shift another's draws.</summary>
    public static Xoshiro256 ForStream(int seed, string stream)
    {
        // FNV-1a 64 of the stream name, mixed with the seed.
        ulong h = 14695981039346656037UL;
        foreach (char c in stream)
        {
            h = unchecked((h ^ c) * 1099511628211UL);
        }

        return new Xoshiro256(unchecked(h ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL)));
    }

    private static ulong SplitMix(ref ulong x)
    {
        unchecked
        {
            ulong z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal, by the Marsaglia polar method.</summary>
    public double NextGaussian()
    {
        if (!double.IsNaN(_spareGaussian))
        {
            double spare = _spareGaussian;
            _spareGaussian = double.NaN;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        double m = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareGaussian = v * m;
        return u * m;
    }

    /// <summary>Exponential with mean 1.</summary>
    public double NextExponential() => -Math.Log(1 - NextDouble());

    /// <summary>Poisson with the given mean (Knuth's multiplication method; means here are small).</summary>
    public int NextPoisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 50)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * NextGaussian())));
        }

        double limit = Math.Exp(-mean), p = 1;
        int k = 0;
        do
        {
            k++;
            p *= NextDouble();
        }
        while (p > limit);

        return k - 1;
    }
}
