using Vigil.Ledger.Witness;

namespace Vigil.Ledger.Tests.Witness;

/// <summary>Witness state in a dictionary, counting the saves.</summary>
internal sealed class MemoryWitnessState : IWitnessState
{
    public Dictionary<string, string> Notes { get; } = [];

    public int Saves { get; private set; }

    public string? LastCosigned(string origin) => Notes.GetValueOrDefault(origin);

    public void SaveCosigned(string origin, string signedNote)
    {
        Notes[origin] = signedNote;
        Saves++;
    }
}
