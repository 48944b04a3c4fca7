namespace Vigil.Sensors.Fuzzing;

/// <summary>
/// Makes malformed inputs from well-formed ones, the way coverage-blind fuzzers do: flip bits, set
/// bytes to boundary values (0x00, 0x7F, 0x80, 0xFF), cut the input short, insert, delete or repeat a
/// run of bytes, or emit plain random bytes. Deterministic for a seed, so a failure can be replayed.
/// </summary>
public sealed class ByteMutator
{
    private static readonly byte[] Boundaries = [0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF];
    private readonly Random _random;

    /// <summary>Creates a mutator with a seed.</summary>
    public ByteMutator(int seed) => _random = new Random(seed);

    /// <summary>A mutant of <paramref name="seed"/>: one to four mutations, or (one time in sixteen) random bytes of a similar length.</summary>
    public byte[] Mutate(ReadOnlySpan<byte> seed)
    {
        if (seed.IsEmpty || _random.Next(16) == 0)
        {
            var noise = new byte[_random.Next(seed.Length + 32)];
            _random.NextBytes(noise);
            return noise;
        }

        var bytes = new List<byte>(seed.Length + 16);
        bytes.AddRange(seed);
        for (int n = _random.Next(1, 5); n > 0 && bytes.Count > 0; n--)
        {
            int at = _random.Next(bytes.Count);
            switch (_random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    bytes[at] = Boundaries[_random.Next(Boundaries.Length)];
                    break;
                case 2:
                    bytes[at] = (byte)_random.Next(256);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    bytes.InsertRange(at, RandomBytes(_random.Next(1, 9)));
                    break;
                case 5:
                    bytes.RemoveRange(at, Math.Min(_random.Next(1, 9), bytes.Count - at));
                    break;
                default:
                    int length = Math.Min(_random.Next(1, 33), bytes.Count - at);
                    bytes.InsertRange(_random.Next(bytes.Count + 1), bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }
}
