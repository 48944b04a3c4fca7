namespace Vigil.Sensors.Asterix;

/// <summary>
/// The Data Source Identifier carried as item 010 by every category: System Area Code and System
/// Identification Code (EUROCONTROL-SPEC-0149-4 CAT048 v1.31 §5.2.1). The default value is SAC 0, SIC 0.
/// </summary>
/// <param name="Sac">System Area Code, 0-255.</param>
/// <param name="Sic">System Identification Code, 0-255.</param>
public readonly record struct AsterixDataSource(byte Sac, byte Sic)
{
    /// <summary>"SAC/SIC", e.g. "25/201".</summary>
    public override string ToString() => $"{Sac}/{Sic}";
}
