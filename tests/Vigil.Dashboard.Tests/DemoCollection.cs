namespace Vigil.Dashboard.Tests;

/// <summary>The dashboard tests share one running demo and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoServer>
{
    public const string Name = "demo";
}
