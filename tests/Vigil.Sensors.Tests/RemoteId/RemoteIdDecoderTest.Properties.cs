using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Vigil.Sensors.RemoteId;

namespace Vigil.Sensors.Tests.RemoteId;

/// <summary>
/// Round trips from a fixed seed: every valid message of every type decodes and encodes back to the
/// same bytes (reserved bits cleared), a decoded message equals its re-decoded encoding, message packs
/// of 0 to 9 messages round-trip, and messages built from SI values come back within half a step.
/// </summary>
public partial class RemoteIdDecoderTest
{
    private static readonly Config Seeded = Config.QuickThrowOnFailure
        .WithMaxTest(2_000)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(0x5EED_F341UL, 0x9E37_79B9_7F4A_7C15UL), FSharpOption<int>.None)));

    private static Arbitrary<(int Type, int Seed)> MessageCases { get; } =
        Gen.Choose(0, 5).SelectMany(_ => Gen.Choose(int.MinValue, int.MaxValue), (type, seed) => (type, seed)).ToArbitrary();

    [Fact]
    public void EncodeDecode_EveryMessageType_RoundTripsExactly()
    {
        Check.One(Seeded, Prop.ForAll(MessageCases, c =>
        {
            byte[] bytes = RemoteIdSamples.RandomMessage(new Random(c.Seed), c.Type);
            RemoteIdMessage message = RemoteIdSamples.Decode(bytes);

            Assert.Equal((RemoteIdMessageType)c.Type, message.Type);
            Assert.Equal(RemoteIdSamples.WithoutReservedBits(bytes), RemoteIdSamples.Encode(message));
            Assert.Equal(message, RemoteIdSamples.Decode(RemoteIdSamples.Encode(message)));
        }));
    }

    [Fact]
    public void EncodeDecode_MessagePacks_RoundTripExactly()
    {
        Arbitrary<(int Count, int Seed)> packs = Gen.Choose(0, 9).SelectMany(_ => Gen.Choose(int.MinValue, int.MaxValue), (n, seed) => (n, seed)).ToArbitrary();
        Check.One(Seeded, Prop.ForAll(packs, c =>
        {
            var random = new Random(c.Seed);
            var messages = new RemoteIdMessage[c.Count];
            for (int i = 0; i < messages.Length; i++)
            {
                messages[i] = RemoteIdSamples.Decode(RemoteIdSamples.RandomMessage(random, random.Next(6)));
            }

            var pack = new RemoteIdMessagePack(messages, (byte)random.Next(16));
            byte[] bytes = new byte[pack.EncodedSize];
            Assert.Equal(bytes.Length, RemoteIdEncoder.Encode(pack, bytes));

            Assert.True(RemoteIdDecoder.TryDecodePack(bytes, out RemoteIdMessagePack back, out DecodeError error), error.ToString());
            Assert.Equal(pack, back);
            Assert.Equal(messages, back.Messages.ToArray());
            var all = new RemoteIdMessage[9];
            Assert.True(RemoteIdDecoder.TryDecodeMessages(bytes, all, out int count, out _));
            Assert.Equal(messages, all[..count]);
        }));
    }

    [Fact]
    public void Location_FromSiValues_ComesBackWithinHalfAStep()
    {
        Check.One(Seeded, Prop.ForAll(MessageCases, c =>
        {
            var r = new Random(c.Seed);
            double lat = (r.NextDouble() * 180) - 90, lon = (r.NextDouble() * 360) - 180;
            double alt = (r.NextDouble() * 32_000) - 1000, height = (r.NextDouble() * 2000) - 500;
            double track = r.NextDouble() * 359.4, speed = r.NextDouble() * 254, vz = (r.NextDouble() * 124) - 62;
            var time = TimeSpan.FromSeconds(Math.Round(r.NextDouble() * 3600, 1));
            var sent = new LocationMessage(
                (OperationalStatus)r.Next(5), lat, lon, alt, alt, height, HeightReference.AboveGround, track, speed, vz,
                HorizontalAccuracy.Within3M, VerticalAccuracy.Within10M, VerticalAccuracy.Within45M, SpeedAccuracy.Within1Mps,
                time, TimeSpan.FromSeconds(0.3));

            LocationMessage back = RemoteIdSamples.Decode(RemoteIdSamples.Encode(new RemoteIdMessage(sent))).Location;

            Assert.Equal(sent, back);
            Assert.Equal(lat, back.LatitudeDeg, 0.5e-7 + 1e-12);
            Assert.Equal(lon, back.LongitudeDeg, 0.5e-7 + 1e-12);
            Assert.Equal(alt, back.GeodeticAltitudeM, 0.25);
            Assert.Equal(alt, back.PressureAltitudeM, 0.25);
            Assert.Equal(height, back.HeightM, 0.25);
            Assert.Equal(track, back.TrackDeg, 0.5);
            Assert.Equal(speed, back.SpeedMps, speed <= 63.75 ? 0.125 : 0.375);
            Assert.Equal(vz, back.VerticalSpeedMps, 0.25);
            Assert.Equal(time, back.TimeAfterHour);
            Assert.Equal(TimeSpan.FromSeconds(0.3), back.TimestampAccuracy);
            Assert.Equal(HeightReference.AboveGround, back.HeightReference);
        }));
    }

    [Fact]
    public void System_FromSiValues_ComesBackWithinHalfAStep()
    {
        Check.One(Seeded, Prop.ForAll(MessageCases, c =>
        {
            var r = new Random(c.Seed);
            double lat = (r.NextDouble() * 180) - 90, lon = (r.NextDouble() * 360) - 180, alt = (r.NextDouble() * 5000) - 1000;
            double radius = r.NextDouble() * 2550;
            var at = DateTimeOffset.FromUnixTimeSeconds(1_546_300_800 + r.NextInt64(uint.MaxValue));
            var sent = new SystemMessage(
                OperatorLocationType.LiveGnss, lat, lon, alt, at, ClassificationType.EuropeanUnion, EuCategory.Specific, EuClass.Class2,
                (ushort)r.Next(ushort.MaxValue + 1), radius, alt + 100, alt);

            SystemMessage back = RemoteIdSamples.Decode(RemoteIdSamples.Encode(new RemoteIdMessage(sent))).System;

            Assert.Equal(sent, back);
            Assert.Equal(lat, back.OperatorLatitudeDeg, 0.5e-7 + 1e-12);
            Assert.Equal(lon, back.OperatorLongitudeDeg, 0.5e-7 + 1e-12);
            Assert.Equal(alt, back.OperatorAltitudeM, 0.25);
            Assert.Equal(radius, back.AreaRadiusM, 5.0);
            Assert.Equal(at, back.Timestamp);
            Assert.Equal(EuClass.Class2, back.Class);
        }));
    }

    [Fact]
    public void Text_FromStrings_RoundTrips()
    {
        var basic = new RemoteIdMessage(new BasicIdMessage(UasIdType.SerialNumber, UaType.HelicopterOrMultirotor, "1596A123456789012345"));
        var self = new RemoteIdMessage(new SelfIdMessage(SelfIdDescriptionType.Text, "Survey of the north ridge"[..23]));

        Assert.Equal("1596A123456789012345", RemoteIdSamples.Decode(RemoteIdSamples.Encode(basic)).BasicId.UasId.ToString());
        Assert.Equal("Survey of the north rid", RemoteIdSamples.Decode(RemoteIdSamples.Encode(self)).SelfId.Description.ToString());
    }
}
