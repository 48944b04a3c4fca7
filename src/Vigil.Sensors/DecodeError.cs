namespace Vigil.Sensors;

/// <summary>Why a decoder rejected its input, and where: the byte offset into the input it was given.</summary>
/// <param name="Offset">Byte offset of the problem in the decoder's input.</param>
/// <param name="Reason">What is wrong, e.g. "CAT048 record 2: item I048/040 runs past the end of the block".</param>
public readonly record struct DecodeError(long Offset, string Reason)
{
    /// <summary>"offset N: reason".</summary>
    public override string ToString() => $"offset {Offset}: {Reason}";
}
