using FsCheck;
using Microsoft.FSharp.Core;

namespace Vigil.Ledger.Tests.Json;

/// <summary>Runs FsCheck properties from a fixed seed, so every run checks the same cases.</summary>
internal static class Seeded
{
    public static void Check(Property property, int maxTest = 300, ulong seed = 0x5EED_0F_7C5) =>
        property.Check(Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None))));
}
