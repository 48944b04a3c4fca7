using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Ledger.Json;

namespace Vigil.Ledger.Tests.Json;

/// <summary>JcsNumber: RFC 8785 §3.2.2.3 / ECMA-262 Number::toString.</summary>
public class JcsNumberTest
{
    /// <summary>Rows of RFC 8785 Appendix B, Table 1 (testdata/jcs/rfc8785-numbers.csv).</summary>
    public static TheoryData<string, string, string> AppendixB()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "testdata", "jcs", "rfc8785-numbers.csv")))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                string[] cells = line.Split(',');
                rows.Add(cells[0], cells[1], cells[2]);
            }
        }

        return rows;
    }

    [Fact]
    public void AppendixB_HasEveryRowOfTheTable() => Assert.Equal(26, AppendixB().Count);

    [Theory]
    [MemberData(nameof(AppendixB))]
    public void ToString_AppendixB_AsTheRfcSays(string ieeeHex, string want, string comment)
    {
        double value = BitConverter.Int64BitsToDouble(long.Parse(ieeeHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        if (want.Length == 0)
        {
            // Note (3): NaN and Infinity have no JSON form and must be an error.
            Assert.False(double.IsFinite(value), comment);
            Assert.Throws<ArgumentOutOfRangeException>(() => JcsNumber.ToString(value));
        }
        else
        {
            Assert.Equal(want, JcsNumber.ToString(value));
        }
    }

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123e18, "123000000000000000000")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1.5e-6, "0.0000015")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-1.25e-7, "-1.25e-7")]
    [InlineData(0.1, "0.1")]
    [InlineData(12.5, "12.5")]
    [InlineData(1e100, "1e+100")]
    [InlineData(2.5e-100, "2.5e-100")]
    [InlineData(-0.0, "0")]
    [InlineData(1e15, "1000000000000000")]
    public void ToString_Boundaries_FollowEcmaScript(double value, string want) =>
        Assert.Equal(want, JcsNumber.ToString(value));

    [Fact]
    public void Format_MaxLengthIsEnough()
    {
        // The longest forms: 17 digits after "-0.00000", and 17 digits with "e-3xx".
        Assert.Equal("-0.0000012345678901234567", JcsNumber.ToString(-1.2345678901234567e-6));
        Assert.Equal("-2.2250738585072014e-308", JcsNumber.ToString(-2.2250738585072014e-308));
        Assert.True("-0.0000012345678901234567".Length <= JcsNumber.MaxLength);
    }

    [Theory]
    [InlineData(-25, "2.9802322387695312e-8")]
    [InlineData(-958, "4.1045368012983762e-289")]
    public void ToString_PowersOfTwoThatNetGetsWrong_RoundTrip(int power, string want)
    {
        // .NET 10's "R" spells these as the next double down (2.980232238769531E-08, …); the
        // 16-digit decimals either side lie outside the lopsided rounding interval.
        double value = Math.ScaleB(1, power);
        Assert.Equal(want, JcsNumber.ToString(value));
        Assert.Equal("-" + want, JcsNumber.ToString(-value));
        Assert.Equal(value, double.Parse(want, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_PowersOfTenAndTwo_MatchTheReference()
    {
        for (int p = -323; p <= 308; p++)
        {
            double value = double.Parse($"1e{p}", CultureInfo.InvariantCulture);
            Assert.Equal(EcmaNumberReference.ToString(value), JcsNumber.ToString(value));
        }

        for (int p = -1074; p <= 1023; p++)
        {
            double value = Math.ScaleB(1, p);
            Assert.Equal(EcmaNumberReference.ToString(value), JcsNumber.ToString(value));
            Assert.Equal(EcmaNumberReference.ToString(-value), JcsNumber.ToString(-value));
        }
    }

    [Fact]
    public void ToString_AnyFiniteDouble_MatchesTheReference() =>
        Seeded.Check(
            Prop.ForAll(Doubles.Finite.ToArbitrary(), d => EcmaNumberReference.ToString(d) == JcsNumber.ToString(d)),
            maxTest: 3000);

    [Fact]
    public void ToString_AnyFiniteDouble_RoundTripsBitForBit() =>
        Seeded.Check(
            Prop.ForAll(Doubles.Finite.ToArbitrary(), d =>
            {
                double back = double.Parse(JcsNumber.ToString(d), CultureInfo.InvariantCulture);
                long want = BitConverter.DoubleToInt64Bits(d == 0 ? 0.0 : d); // -0 becomes 0
                return BitConverter.DoubleToInt64Bits(back) == want;
            }),
            maxTest: 20_000);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Format_NonFinite_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JcsNumber.Format(value, new byte[JcsNumber.MaxLength]));
}
