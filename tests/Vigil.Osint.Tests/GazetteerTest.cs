namespace Vigil.Osint.Tests;

public sealed class GazetteerTest
{
    [Theory]
    [InlineData("Bajour", "PK", "Khyber Pakhtunkhwa", "Bajaur", PlacePrecision.District)]
    [InlineData("bajaur", "PK", "Khyber Pakhtunkhwa", "Bajaur", PlacePrecision.District)]
    [InlineData("Kurrum", "PK", "Khyber Pakhtunkhwa", "Kurram", PlacePrecision.District)]
    [InlineData("North Waziristan", "PK", "Khyber Pakhtunkhwa", "North Waziristan", PlacePrecision.District)]
    [InlineData("Zhob", "PK", "Balochistan", "Zhob", PlacePrecision.District)]
    [InlineData("Shamsiddin Shohin", "TJ", "Khatlon", "Shuroobod", PlacePrecision.District)]
    [InlineData("Spin Boldak", "AF", "Kandahar", "Spin Boldak", PlacePrecision.District)]
    [InlineData("Khost province", "AF", "Khowst", null, PlacePrecision.Province)]
    [InlineData("Khowst province", "AF", "Khowst", null, PlacePrecision.Province)]
    [InlineData("Paktika", "AF", "Paktika", null, PlacePrecision.Province)]
    [InlineData("Paktia", "AF", "Paktia", null, PlacePrecision.Province)]
    [InlineData("Konar", "AF", "Kunar", null, PlacePrecision.Province)]
    [InlineData("Ningarhar", "AF", "Nangarhar", null, PlacePrecision.Province)]
    [InlineData("Badakshan", "AF", "Badakhshan", null, PlacePrecision.Province)]
    [InlineData("Khatlon", "TJ", "Khatlon", null, PlacePrecision.Province)]
    public void Lookup_Spelling_FindsThePlace(string name, string country, string admin1, string? admin2, PlacePrecision precision)
    {
        GazetteerPlace? place = Fixtures.Gazetteer.Lookup(name);

        Assert.NotNull(place);
        Assert.Equal((country, admin1, admin2, precision), (place.CountryIso, place.Admin1, place.Admin2, place.Precision));
        Assert.NotNull(place.Point);
    }

    [Fact]
    public void Lookup_ChamanAndSpinBoldak_AreSeparatePlacesInTwoCountries()
    {
        GazetteerPlace chaman = Fixtures.Gazetteer.Lookup("Chaman")!;
        GazetteerPlace spinBoldak = Fixtures.Gazetteer.Lookup("Spin Boldak")!;

        Assert.Equal(("PK", PlacePrecision.Point), (chaman.CountryIso, chaman.Precision));
        Assert.Equal("AF", spinBoldak.CountryIso);
    }

    [Fact]
    public void Lookup_Torkham_IsTheCrossingPoint()
    {
        GazetteerPlace torkham = Fixtures.Gazetteer.Lookup("Torkham")!;

        Assert.Equal(PlacePrecision.Point, torkham.Precision);
        Assert.Equal(34.11472, torkham.Point!.Value.LatitudeDeg, 5);
    }

    [Fact]
    public void Lookup_Unknown_IsNull()
    {
        Assert.Null(Fixtures.Gazetteer.Lookup("Atlantis"));
    }

    [Fact]
    public void Find_Text_FindsMultiWordNamesAndTheirPrepositions()
    {
        IReadOnlyList<PlaceMention> found = Fixtures.Gazetteer.Find("Drones from Afghanistan's Paktika crossed into north waziristan.");

        Assert.Equal(["Afghanistan", "Paktika", "North Waziristan"], found.Select(m => m.Place.Name));
        Assert.Equal("from", found[1].Preposition);
        Assert.Equal("into", found[2].Preposition);
    }

    [Fact]
    public void Find_RiverName_IsNoPlace()
    {
        Assert.Empty(Fixtures.Gazetteer.Find("It crossed the Panj river."));
    }
}
