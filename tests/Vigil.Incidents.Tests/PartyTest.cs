namespace Vigil.Incidents.Tests;

public sealed class PartyTest
{
    [Fact]
    public void Equality_ByKindAndName()
    {
        Assert.Equal(Party.Side("Pakistan"), new Party(PartyKind.Side, "Pakistan"));
        Assert.NotEqual(Party.Side("X"), Party.Outlet("X"));
    }

    [Fact]
    public void Constructor_EmptyName_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => Party.Outlet(" "));
    }

    [Fact]
    public void Ids_PrintWithPrefix()
    {
        Assert.Equal("M0007", new MaterielId(7).ToString());
    }
}
