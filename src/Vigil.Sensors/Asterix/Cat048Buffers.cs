using System.Runtime.CompilerServices;

namespace Vigil.Sensors.Asterix;

/// <summary>Inline room for the BDS registers of one CAT048 I250 item.</summary>
[InlineArray(Cat048Record.MaxBdsRegisters)]
internal struct Cat048BdsBuffer
{
    private Cat048BdsRegister _element;
}

/// <summary>Inline room for the raw Doppler speeds of one CAT048 I120 item.</summary>
[InlineArray(Cat048Record.MaxDopplerSpeeds)]
internal struct Cat048DopplerBuffer
{
    private Cat048DopplerSpeed _element;
}

/// <summary>Inline room for the codes of one CAT048 I030 item.</summary>
[InlineArray(Cat048Record.MaxWarningCodes)]
internal struct Cat048CodeBuffer
{
    private byte _element;
}

/// <summary>Inline room for the content of an explicit item (SP or RE): its length octet counts itself, so at most 254 bytes.</summary>
[InlineArray(Cat048Record.MaxExplicitLength)]
internal struct AsterixExplicitBuffer
{
    private byte _element;
}
