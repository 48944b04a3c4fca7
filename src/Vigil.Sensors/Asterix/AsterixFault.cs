namespace Vigil.Sensors.Asterix;

/// <summary>Why a record could not be decoded: where (offset in the datagram), which item, and what is wrong.</summary>
/// <param name="Offset">Byte offset of the fault in the datagram.</param>
/// <param name="Item">The item being read, e.g. "I048/040", or "FSPEC".</param>
/// <param name="Problem">What is wrong, e.g. "runs past the end of the data block".</param>
internal readonly record struct AsterixFault(int Offset, string Item, string Problem)
{
    public const string PastEnd = "runs past the end of the data block";

    public static AsterixFault Truncated(int offset, string item, int needed, int left) =>
        new(offset, item, $"runs past the end of the data block (needs {needed} bytes, {left} left)");
}
