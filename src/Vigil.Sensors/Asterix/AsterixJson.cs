using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Vigil.Sensors.Asterix;

/// <summary>
/// Writes one decoded record as a single-line JSON object: where it came from, then its items by name with
/// their fields under the specifications' short names, scaled to the units the record types document, e.g.
/// <c>{"cat":48,"block":1,"record":1,"offset":3,"length":45,"I010":{"SAC":25,"SIC":201},"I140":{"ToD":27354.6015625},…}</c>.
/// Codes are strings (Mode 3/A in octal, addresses in hex); fields without a layout are given as "hex".
/// </summary>
public static class AsterixJson
{
    /// <summary>Writes any decoded record.</summary>
    public static void Write(Utf8JsonWriter writer, AsterixDecodedRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Cat048 is { } cat048)
        {
            Write(writer, in cat048, record.Info);
        }
        else if (record.Cat034 is { } cat034)
        {
            Write(writer, cat034, record.Info);
        }
        else if (record.Cat062 is { } cat062)
        {
            Write(writer, cat062, record.Info);
        }
        else if (record.Cat065 is { } cat065)
        {
            Write(writer, cat065, record.Info);
        }
    }

    /// <summary>The JSON text of one decoded record.</summary>
    public static string ToJson(AsterixDecodedRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, record);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a CAT048 record.</summary>
    public static void Write(Utf8JsonWriter writer, in Cat048Record r, in AsterixRecordInfo info)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Start(writer, info);
        if (r.Has(Cat048Items.I010))
        {
            writer.WriteStartObject("I010"u8);
            writer.WriteNumber("SAC"u8, r.Sac);
            writer.WriteNumber("SIC"u8, r.Sic);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I140))
        {
            writer.WriteStartObject("I140"u8);
            writer.WriteNumber("ToD"u8, r.TimeOfDay);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I020))
        {
            writer.WriteStartObject("I020"u8);
            writer.WriteNumber("TYP"u8, r.Typ);
            Flag(writer, "SIM"u8, r.Sim);
            Flag(writer, "RDP"u8, r.Rdp);
            Flag(writer, "SPI"u8, r.Spi);
            Flag(writer, "RAB"u8, r.Rab);
            if (r.TargetReportDescriptorLength >= 2)
            {
                Flag(writer, "TST"u8, r.Tst);
                Flag(writer, "ERR"u8, r.Err);
                Flag(writer, "XPP"u8, r.Xpp);
                Flag(writer, "ME"u8, r.Me);
                Flag(writer, "MI"u8, r.Mi);
                writer.WriteNumber("FOEFRI"u8, r.FoeFri);
            }

            if (r.TargetReportDescriptorLength >= 3)
            {
                writer.WriteNumber("EXT2"u8, r.SecondExtent);
            }

            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I040))
        {
            writer.WriteStartObject("I040"u8);
            writer.WriteNumber("RHO"u8, r.Rho);
            writer.WriteNumber("THETA"u8, r.Theta);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I070))
        {
            writer.WriteStartObject("I070"u8);
            Flag(writer, "V"u8, r.Mode3AV);
            Flag(writer, "G"u8, r.Mode3AG);
            Flag(writer, "L"u8, r.Mode3AL);
            Octal(writer, "Mode3A"u8, r.Mode3A);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I090))
        {
            writer.WriteStartObject("I090"u8);
            Flag(writer, "V"u8, r.FlightLevelV);
            Flag(writer, "G"u8, r.FlightLevelG);
            writer.WriteNumber("FL"u8, r.FlightLevel);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I130))
        {
            writer.WriteStartObject("I130"u8);
            Optional(writer, "SRL"u8, r.Srl);
            Optional(writer, "SRR"u8, r.Srr);
            Optional(writer, "SAM"u8, r.Sam);
            Optional(writer, "PRL"u8, r.Prl);
            Optional(writer, "PAM"u8, r.Pam);
            Optional(writer, "RPD"u8, r.Rpd);
            Optional(writer, "APD"u8, r.Apd);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I220))
        {
            writer.WriteStartObject("I220"u8);
            Hex(writer, "ACAddr"u8, r.AircraftAddress, 6);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I240))
        {
            writer.WriteStartObject("I240"u8);
            Span<char> chars = stackalloc char[8];
            r.Callsign.CopyTo(chars);
            writer.WriteString("TId"u8, chars);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I250))
        {
            writer.WriteStartObject("I250"u8);
            writer.WriteNumber("REP"u8, r.BdsRegisterCount);
            writer.WriteStartArray("BDS"u8);
            foreach (Cat048BdsRegister register in r.BdsRegisters)
            {
                writer.WriteStartObject();
                Hex(writer, "MBDATA"u8, register.MbData, 14);
                writer.WriteNumber("BDS1"u8, register.Bds1);
                writer.WriteNumber("BDS2"u8, register.Bds2);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I161))
        {
            writer.WriteStartObject("I161"u8);
            writer.WriteNumber("TrN"u8, r.TrackNumber);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I042))
        {
            writer.WriteStartObject("I042"u8);
            writer.WriteNumber("X"u8, r.X);
            writer.WriteNumber("Y"u8, r.Y);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I200))
        {
            writer.WriteStartObject("I200"u8);
            writer.WriteNumber("CGS"u8, r.GroundSpeedKt);
            writer.WriteNumber("CHdg"u8, r.Heading);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I170))
        {
            writer.WriteStartObject("I170"u8);
            Flag(writer, "CNF"u8, r.Cnf);
            writer.WriteNumber("RAD"u8, r.Rad);
            Flag(writer, "DOU"u8, r.Dou);
            Flag(writer, "MAH"u8, r.Mah);
            writer.WriteNumber("CDM"u8, r.Cdm);
            if (r.TrackStatusLength >= 2)
            {
                Flag(writer, "TRE"u8, r.Tre);
                Flag(writer, "GHO"u8, r.Gho);
                Flag(writer, "SUP"u8, r.Sup);
                Flag(writer, "TCC"u8, r.Tcc);
            }

            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I210))
        {
            writer.WriteStartObject("I210"u8);
            writer.WriteNumber("SigX"u8, r.SigmaX);
            writer.WriteNumber("SigY"u8, r.SigmaY);
            writer.WriteNumber("SigV"u8, r.SigmaV);
            writer.WriteNumber("SigH"u8, r.SigmaH);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I030))
        {
            writer.WriteStartObject("I030"u8);
            writer.WriteStartArray("WE"u8);
            foreach (byte code in r.WarningErrorCodes)
            {
                writer.WriteNumberValue(code);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I080))
        {
            writer.WriteStartObject("I080"u8);
            writer.WriteNumber("QA"u8, r.Mode3AConfidence);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I100))
        {
            writer.WriteStartObject("I100"u8);
            Flag(writer, "V"u8, (r.ModeCCode & 0x8000_0000) != 0);
            Flag(writer, "G"u8, (r.ModeCCode & 0x4000_0000) != 0);
            writer.WriteNumber("ModeCGray"u8, (r.ModeCCode >> 16) & 0x0FFF);
            writer.WriteNumber("QC"u8, r.ModeCCode & 0x0FFF);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I110))
        {
            writer.WriteStartObject("I110"u8);
            writer.WriteNumber("3DHeight"u8, r.Height3DFt);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I120))
        {
            writer.WriteStartObject("I120"u8);
            if (r.CalculatedDopplerMps is { } cal)
            {
                writer.WriteStartObject("CAL"u8);
                Flag(writer, "D"u8, r.CalculatedDopplerDoubtful);
                writer.WriteNumber("CAL"u8, cal);
                writer.WriteEndObject();
            }

            if (r.HasRawDopplerSpeeds)
            {
                writer.WriteStartArray("RDS"u8);
                foreach (Cat048DopplerSpeed speed in r.RawDopplerSpeeds)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("DOP"u8, speed.DopplerMps);
                    writer.WriteNumber("AMB"u8, speed.AmbiguityMps);
                    writer.WriteNumber("FRQ"u8, speed.FrequencyMhz);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I230))
        {
            uint v = r.CommunicationsCapability;
            writer.WriteStartObject("I230"u8);
            writer.WriteNumber("COM"u8, v >> 13);
            writer.WriteNumber("STAT"u8, (v >> 10) & 7);
            writer.WriteNumber("SI"u8, (v >> 9) & 1);
            writer.WriteNumber("MSSC"u8, (v >> 7) & 1);
            writer.WriteNumber("ARC"u8, (v >> 6) & 1);
            writer.WriteNumber("AIC"u8, (v >> 5) & 1);
            writer.WriteNumber("B1A"u8, (v >> 4) & 1);
            writer.WriteNumber("B1B"u8, v & 0xF);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I260))
        {
            writer.WriteStartObject("I260"u8);
            Hex(writer, "ACASRA"u8, r.AcasResolutionAdvisory, 14);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I055))
        {
            writer.WriteStartObject("I055"u8);
            Flag(writer, "V"u8, (r.Mode1 & 0x80) != 0);
            Flag(writer, "G"u8, (r.Mode1 & 0x40) != 0);
            Flag(writer, "L"u8, (r.Mode1 & 0x20) != 0);
            Octal(writer, "Mode1"u8, (uint)(r.Mode1 & 0x1F), 2);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I050))
        {
            writer.WriteStartObject("I050"u8);
            Flag(writer, "V"u8, (r.Mode2 & 0x8000) != 0);
            Flag(writer, "G"u8, (r.Mode2 & 0x4000) != 0);
            Flag(writer, "L"u8, (r.Mode2 & 0x2000) != 0);
            Octal(writer, "Mode2"u8, (uint)(r.Mode2 & 0x0FFF));
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I065))
        {
            writer.WriteStartObject("I065"u8);
            writer.WriteNumber("QA"u8, r.Mode1Confidence);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.I060))
        {
            writer.WriteStartObject("I060"u8);
            writer.WriteNumber("QA"u8, r.Mode2Confidence);
            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.SP))
        {
            writer.WriteStartObject("SP"u8);
            HexBytes(writer, r.SpecialPurpose);
            if (VigilSpecialPurpose.TryReadRcs(r.SpecialPurpose, out double rcs))
            {
                writer.WriteNumber("VigilRcsDbsm"u8, rcs);
            }

            writer.WriteEndObject();
        }

        if (r.Has(Cat048Items.RE))
        {
            writer.WriteStartObject("RE"u8);
            HexBytes(writer, r.ReservedExpansion);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes a CAT034 record.</summary>
    public static void Write(Utf8JsonWriter writer, Cat034Record r, in AsterixRecordInfo info)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(r);
        Start(writer, info);
        if (r.DataSource is { } ds)
        {
            writer.WriteStartObject("I010"u8);
            writer.WriteNumber("SAC"u8, ds.Sac);
            writer.WriteNumber("SIC"u8, ds.Sic);
            writer.WriteEndObject();
        }

        Single(writer, "I000"u8, "MessageType"u8, (byte?)r.MessageType);
        Single(writer, "I030"u8, "ToD"u8, r.TimeOfDay);
        Single(writer, "I020"u8, "SectorAzimuth"u8, r.SectorAzimuth);
        Single(writer, "I041"u8, "AntennaRotationPeriod"u8, r.AntennaRotationPeriod);
        if (r.SystemConfiguration is { } config)
        {
            writer.WriteStartObject("I050"u8);
            Optional(writer, "COM"u8, config.Com);
            Optional(writer, "PSR"u8, config.Psr);
            Optional(writer, "SSR"u8, config.Ssr);
            Optional(writer, "MDS"u8, config.Mds);
            writer.WriteEndObject();
        }

        if (r.ProcessingMode is { } mode)
        {
            writer.WriteStartObject("I060"u8);
            Optional(writer, "COM"u8, mode.Com);
            Optional(writer, "PSR"u8, mode.Psr);
            Optional(writer, "SSR"u8, mode.Ssr);
            Optional(writer, "MDS"u8, mode.Mds);
            writer.WriteEndObject();
        }

        if (r.MessageCounts is { } counts)
        {
            writer.WriteStartArray("I070"u8);
            foreach (Cat034MessageCount count in counts)
            {
                writer.WriteStartObject();
                writer.WriteNumber("TYP"u8, count.Type);
                writer.WriteNumber("COUNT"u8, count.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (r.PolarWindow is { } window)
        {
            writer.WriteStartObject("I100"u8);
            writer.WriteNumber("RHOST"u8, window.RhoStart);
            writer.WriteNumber("RHOEND"u8, window.RhoEnd);
            writer.WriteNumber("THETAST"u8, window.ThetaStart);
            writer.WriteNumber("THETAEND"u8, window.ThetaEnd);
            writer.WriteEndObject();
        }

        Single(writer, "I110"u8, "TYP"u8, r.DataFilter);
        if (r.SourcePosition is { } position)
        {
            writer.WriteStartObject("I120"u8);
            writer.WriteNumber("HGT"u8, position.HeightM);
            writer.WriteNumber("LAT"u8, position.Latitude);
            writer.WriteNumber("LON"u8, position.Longitude);
            writer.WriteEndObject();
        }

        if (r.CollimationError is { } error)
        {
            writer.WriteStartObject("I090"u8);
            writer.WriteNumber("RE"u8, error.RangeError);
            writer.WriteNumber("AE"u8, error.AzimuthError);
            writer.WriteEndObject();
        }

        Explicit(writer, "RE"u8, r.ReservedExpansion);
        Explicit(writer, "SP"u8, r.SpecialPurpose);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes a CAT065 record.</summary>
    public static void Write(Utf8JsonWriter writer, Cat065Record r, in AsterixRecordInfo info)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(r);
        Start(writer, info);
        if (r.DataSource is { } ds)
        {
            writer.WriteStartObject("I010"u8);
            writer.WriteNumber("SAC"u8, ds.Sac);
            writer.WriteNumber("SIC"u8, ds.Sic);
            writer.WriteEndObject();
        }

        Single(writer, "I000"u8, "Typ"u8, r.MessageType);
        Single(writer, "I015"u8, "SID"u8, r.ServiceId);
        Single(writer, "I030"u8, "ToD"u8, r.TimeOfMessage);
        Single(writer, "I020"u8, "BTN"u8, r.BatchNumber);
        Single(writer, "I040"u8, "Status"u8, r.SdpsStatus);
        Single(writer, "I050"u8, "Report"u8, r.ServiceStatusReport);
        Explicit(writer, "RE"u8, r.ReservedExpansion);
        Explicit(writer, "SP"u8, r.SpecialPurpose);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes a CAT062 record: every item, compound items as objects of subfields.</summary>
    public static void Write(Utf8JsonWriter writer, Cat062Record r, in AsterixRecordInfo info)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(r);
        Start(writer, info);
        foreach (AsterixRawItem? item in r.Items)
        {
            if (item is null)
            {
                continue;
            }

            string name = item.Id[5..];
            writer.WritePropertyName(name.StartsWith('R') || name.StartsWith('S') ? name : "I" + name[..3]);
            if (item.Subfields is { } subfields)
            {
                writer.WriteStartObject();
                foreach (AsterixRawItem? sub in subfields)
                {
                    if (sub is not null)
                    {
                        writer.WritePropertyName(sub.Id);
                        Fields(writer, r.ItemBytes(sub), $"{item.Id}/{sub.Id}");
                    }
                }

                writer.WriteEndObject();
            }
            else
            {
                Fields(writer, r.ItemBytes(item), item.Id);
            }
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void Fields(Utf8JsonWriter writer, ReadOnlySpan<byte> bytes, string key)
    {
        writer.WriteStartObject();
        if (Cat062Layout.Fields.TryGetValue(key, out AsterixField[]? fields))
        {
            foreach (AsterixField field in fields)
            {
                if (!field.IsIn(bytes))
                {
                    continue;
                }

                if (field.Format == AsterixFieldFormat.Number)
                {
                    writer.WriteNumber(field.Name, field.Value(bytes));
                }
                else
                {
                    writer.WriteString(field.Name, field.Text(bytes));
                }
            }
        }
        else
        {
            HexBytes(writer, bytes);
        }

        writer.WriteEndObject();
    }

    private static void Start(Utf8JsonWriter writer, in AsterixRecordInfo info)
    {
        writer.WriteStartObject();
        writer.WriteNumber("cat"u8, info.Category);
        writer.WriteNumber("block"u8, info.Block);
        writer.WriteNumber("record"u8, info.Record);
        writer.WriteNumber("offset"u8, info.Offset);
        writer.WriteNumber("length"u8, info.Length);
    }

    private static void Flag(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool value) => writer.WriteNumber(name, value ? 1 : 0);

    private static void Optional(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void Single(Utf8JsonWriter writer, ReadOnlySpan<byte> item, ReadOnlySpan<byte> field, double? value)
    {
        if (value is { } v)
        {
            writer.WriteStartObject(item);
            writer.WriteNumber(field, v);
            writer.WriteEndObject();
        }
    }

    private static void Explicit(Utf8JsonWriter writer, ReadOnlySpan<byte> item, ReadOnlyMemory<byte>? content)
    {
        if (content is { } c)
        {
            writer.WriteStartObject(item);
            HexBytes(writer, c.Span);
            writer.WriteEndObject();
        }
    }

    private static void Octal(Utf8JsonWriter writer, ReadOnlySpan<byte> name, uint code, int digits = 4)
    {
        Span<char> chars = stackalloc char[digits];
        for (int i = digits - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + (code & 7));
            code >>= 3;
        }

        writer.WriteString(name, chars);
    }

    private static void Hex(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ulong value, int digits)
    {
        Span<char> chars = stackalloc char[16];
        value.TryFormat(chars, out int written, "X" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        writer.WriteString(name, chars[..written]);
    }

    private static void HexBytes(Utf8JsonWriter writer, ReadOnlySpan<byte> bytes) => writer.WriteString("hex"u8, Convert.ToHexString(bytes));
}
