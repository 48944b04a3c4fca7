namespace Vigil.Sensors.Asterix;

/// <summary>Where a decoded record sits in the datagram it came from.</summary>
/// <param name="Category">The ASTERIX category of its data block (34, 48, 62 or 65).</param>
/// <param name="Block">The data block's number in the datagram, from 1.</param>
/// <param name="Record">The record's number in its data block, from 1.</param>
/// <param name="Offset">Byte offset of the record (its FSPEC) in the datagram.</param>
/// <param name="Length">Length of the record in bytes, FSPEC included.</param>
public readonly record struct AsterixRecordInfo(int Category, int Block, int Record, int Offset, int Length);
