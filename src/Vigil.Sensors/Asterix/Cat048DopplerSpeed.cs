namespace Vigil.Sensors.Asterix;

/// <summary>
/// One raw Doppler speed of CAT048 I120 subfield #2 (EUROCONTROL-SPEC-0149-4 CAT048 v1.31 §5.2.23):
/// the default value is 0 m/s, ambiguity range 0 m/s, 0 MHz.
/// </summary>
/// <param name="DopplerMps">DOP, Doppler speed in m/s (LSB 1 m/s, signed).</param>
/// <param name="AmbiguityMps">AMB, ambiguity range in m/s (LSB 1 m/s).</param>
/// <param name="FrequencyMhz">FRQ, transmitter frequency in MHz (LSB 1 MHz).</param>
public readonly record struct Cat048DopplerSpeed(short DopplerMps, ushort AmbiguityMps, ushort FrequencyMhz);
