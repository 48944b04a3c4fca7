namespace Vigil.Sensors.Asterix;

/// <summary>What decoding one datagram found.</summary>
/// <param name="Blocks">Data blocks seen (including rejected ones).</param>
/// <param name="Records">Records decoded and delivered.</param>
/// <param name="Errors">Rejections reported.</param>
public readonly record struct AsterixDecodeSummary(int Blocks, int Records, int Errors);
