using System.Diagnostics.CodeAnalysis;
using static Vigil.Sensors.Asterix.AsterixBits;

namespace Vigil.Sensors.Asterix;

/// <summary>
/// One CAT048 Monoradar Target Report (EUROCONTROL-SPEC-0149-4 ASTERIX Part 4 Category 048, edition 1.31).
/// Every item of the UAP is held inline in its transmitted resolution, so decoding a record allocates
/// nothing; the properties scale on read to the units the specification uses (seconds, NM, degrees, FL)
/// unless the name says otherwise. An item that is absent reads as zero: ask <see cref="Has"/> (or
/// <see cref="Items"/>) whether it was sent; subfields of compound items are nullable.
/// <para>
/// The decoder fills a record in place and hands it to an <see cref="IAsterixHandler"/> by reference. A
/// record can also be built with an object initialiser (setting a property marks its item present) and
/// written by <see cref="AsterixEncoder"/>: values are rounded to the nearest LSB, angles wrap at 360° and
/// other values saturate at the ends of their field. Properties are init-only: a record never changes
/// once built. The default value has no items.
/// </para>
/// </summary>
public struct Cat048Record
{
    /// <summary>Most I250 BDS registers kept; further repetitions are counted in <see cref="BdsRegisterCount"/> only.</summary>
    public const int MaxBdsRegisters = 16;

    /// <summary>Most I120 raw Doppler speeds kept; further repetitions are counted only.</summary>
    public const int MaxDopplerSpeeds = 8;

    /// <summary>Most I030 warning/error codes kept; further codes are counted only.</summary>
    public const int MaxWarningCodes = 16;

    /// <summary>Longest content of an explicit item (SP, RE): its one-octet length counts itself.</summary>
    public const int MaxExplicitLength = 254;

    internal const byte SubSrl = 0x80, SubSrr = 0x40, SubSam = 0x20, SubPrl = 0x10, SubPam = 0x08, SubRpd = 0x04, SubApd = 0x02;
    internal const byte SubCal = 0x80, SubRds = 0x40;

    internal Cat048Items _items;
    internal byte _sac, _sic;
    internal uint _tod;
    internal uint _i020;
    internal byte _i020Len;
    internal ushort _rho, _theta;
    internal ushort _i070, _i090;
    internal byte _i130;
    internal byte _srl, _srr, _sam, _prl, _pam, _rpd, _apd;
    internal uint _address;
    internal ulong _callsign;
    internal byte _bdsCount, _bdsTotal;
    internal Cat048BdsBuffer _bds;
    internal ushort _track;
    internal ushort _x, _y;
    internal ushort _gsp, _hdg;
    internal ushort _i170;
    internal byte _i170Len;
    internal uint _i210;
    internal byte _codeCount, _codeTotal;
    internal Cat048CodeBuffer _codes;
    internal ushort _i080;
    internal uint _i100;
    internal ushort _i110;
    internal byte _i120;
    internal ushort _cal;
    internal byte _dopplerCount, _dopplerTotal;
    internal Cat048DopplerBuffer _doppler;
    internal ushort _i230;
    internal ulong _i260;
    internal byte _i055;
    internal ushort _i050;
    internal byte _i065;
    internal ushort _i060;
    internal byte _spLen, _reLen;
    internal AsterixExplicitBuffer _sp, _re;

    /// <summary>The items present.</summary>
    public readonly Cat048Items Items => _items;

    /// <summary>Whether every item in <paramref name="items"/> is present.</summary>
    public readonly bool Has(Cat048Items items) => (_items & items) == items;

    // ---- I010 Data Source Identifier (§5.2.1) ----

    /// <summary>I010 System Area Code.</summary>
    public byte Sac { readonly get => _sac; init { _sac = value; _items |= Cat048Items.I010; } }

    /// <summary>I010 System Identification Code.</summary>
    public byte Sic { readonly get => _sic; init { _sic = value; _items |= Cat048Items.I010; } }

    /// <summary>I010 as one value.</summary>
    public readonly AsterixDataSource DataSource => new(_sac, _sic);

    // ---- I140 Time of Day (§5.2.2): LSB 1/128 s ----

    /// <summary>I140 Time of Day: seconds since midnight UTC, [0, 131072) in steps of 1/128 s.</summary>
    public double TimeOfDay
    {
        readonly get => _tod / 128.0;
        init { _tod = (uint)QuantiseUnsigned(value, 1.0 / 128, 24); _items |= Cat048Items.I140; }
    }

    /// <summary>I140 as transmitted: 1/128 s units.</summary>
    public readonly uint TimeOfDayRaw => _tod;

    // ---- I020 Target Report Descriptor (§5.2.3): octet 1, first and second extents ----

    /// <summary>I020 TYP: 0 no detection, 1 PSR, 2 SSR, 3 SSR+PSR, 4 Mode S all-call, 5 Mode S roll-call, 6 all-call+PSR, 7 roll-call+PSR.</summary>
    public byte Typ { readonly get => (byte)(_i020 >> 29); init => Set020(0xE000_0000u, (uint)(value & 7) << 29, 1); }

    /// <summary>I020 SIM: simulated target report.</summary>
    public bool Sim { readonly get => Bit020(28); init => Set020(1u << 28, value ? 1u << 28 : 0, 1); }

    /// <summary>I020 RDP: report from RDP chain 2.</summary>
    public bool Rdp { readonly get => Bit020(27); init => Set020(1u << 27, value ? 1u << 27 : 0, 1); }

    /// <summary>I020 SPI: special position identification present.</summary>
    public bool Spi { readonly get => Bit020(26); init => Set020(1u << 26, value ? 1u << 26 : 0, 1); }

    /// <summary>I020 RAB: report from a field monitor (fixed transponder).</summary>
    public bool Rab { readonly get => Bit020(25); init => Set020(1u << 25, value ? 1u << 25 : 0, 1); }

    /// <summary>I020 TST (first extent): test target report.</summary>
    public bool Tst { readonly get => Bit020(23); init => Set020(1u << 23, value ? 1u << 23 : 0, 2); }

    /// <summary>I020 ERR (first extent): extended range present.</summary>
    public bool Err { readonly get => Bit020(22); init => Set020(1u << 22, value ? 1u << 22 : 0, 2); }

    /// <summary>I020 XPP (first extent): X-pulse present.</summary>
    public bool Xpp { readonly get => Bit020(21); init => Set020(1u << 21, value ? 1u << 21 : 0, 2); }

    /// <summary>I020 ME (first extent): military emergency.</summary>
    public bool Me { readonly get => Bit020(20); init => Set020(1u << 20, value ? 1u << 20 : 0, 2); }

    /// <summary>I020 MI (first extent): military identification.</summary>
    public bool Mi { readonly get => Bit020(19); init => Set020(1u << 19, value ? 1u << 19 : 0, 2); }

    /// <summary>I020 FOE/FRI (first extent): 0 no Mode 4, 1 friendly, 2 unknown, 3 no reply.</summary>
    public byte FoeFri { readonly get => (byte)((_i020 >> 17) & 3); init => Set020(3u << 17, (uint)(value & 3) << 17, 2); }

    /// <summary>I020 second extent: ADSB EP, VAL, SCN EP, VAL, PAI EP, VAL as bits 7-2 of the octet (FX masked).</summary>
    public byte SecondExtent { readonly get => (byte)((_i020 >> 8) & 0xFE); init => Set020(0xFE00u, (uint)(value & 0xFE) << 8, 3); }

    /// <summary>Number of I020 octets sent (0 when absent); octets beyond the fourth are skipped.</summary>
    public readonly int TargetReportDescriptorLength => _i020Len;

    // ---- I040 Measured Position in Polar Co-ordinates (§5.2.5) ----

    /// <summary>I040 RHO: slant range in NM, [0, 256) in steps of 1/256 NM.</summary>
    public double Rho
    {
        readonly get => _rho / 256.0;
        init { _rho = (ushort)QuantiseUnsigned(value, 1.0 / 256, 16); _items |= Cat048Items.I040; }
    }

    /// <summary>I040 THETA: azimuth in degrees clockwise from north, [0, 360) in steps of 360/2^16.</summary>
    public double Theta
    {
        readonly get => _theta * (360.0 / 65536);
        init { _theta = (ushort)QuantiseAngle(value, 16); _items |= Cat048Items.I040; }
    }

    // ---- I070 Mode-3/A Code (§5.2.6) ----

    /// <summary>I070 Mode-3/A code, 12 bits (print as four octal digits, e.g. 0x200 is "1000").</summary>
    public ushort Mode3A { readonly get => (ushort)(_i070 & 0x0FFF); init { _i070 = (ushort)((_i070 & 0xF000) | (value & 0x0FFF)); _items |= Cat048Items.I070; } }

    /// <summary>I070 V: code not validated.</summary>
    public bool Mode3AV { readonly get => (_i070 & 0x8000) != 0; init { _i070 = (ushort)(value ? _i070 | 0x8000 : _i070 & 0x7FFF); _items |= Cat048Items.I070; } }

    /// <summary>I070 G: garbled code.</summary>
    public bool Mode3AG { readonly get => (_i070 & 0x4000) != 0; init { _i070 = (ushort)(value ? _i070 | 0x4000 : _i070 & 0xBFFF); _items |= Cat048Items.I070; } }

    /// <summary>I070 L: code smoothed by a local tracker, not from the reply.</summary>
    public bool Mode3AL { readonly get => (_i070 & 0x2000) != 0; init { _i070 = (ushort)(value ? _i070 | 0x2000 : _i070 & 0xDFFF); _items |= Cat048Items.I070; } }

    // ---- I090 Flight Level (§5.2.7): LSB 1/4 FL ----

    /// <summary>I090 flight level in FL (hundreds of feet), signed, steps of 1/4 FL.</summary>
    public double FlightLevel
    {
        readonly get => Signed(_i090, 14) / 4.0;
        init { _i090 = (ushort)((_i090 & 0xC000u) | Field(QuantiseSigned(value, 0.25, 14), 14)); _items |= Cat048Items.I090; }
    }

    /// <summary>I090 V: code not validated.</summary>
    public bool FlightLevelV { readonly get => (_i090 & 0x8000) != 0; init { _i090 = (ushort)(value ? _i090 | 0x8000 : _i090 & 0x7FFF); _items |= Cat048Items.I090; } }

    /// <summary>I090 G: garbled code.</summary>
    public bool FlightLevelG { readonly get => (_i090 & 0x4000) != 0; init { _i090 = (ushort)(value ? _i090 | 0x4000 : _i090 & 0xBFFF); _items |= Cat048Items.I090; } }

    // ---- I130 Radar Plot Characteristics (§5.2.8), compound ----

    /// <summary>I130 SRL: SSR plot runlength in degrees (LSB 360/2^13).</summary>
    public double? Srl { readonly get => Sub130(SubSrl) ? _srl * (360.0 / 8192) : null; init => Set130(SubSrl, ref _srl, value is { } v ? (byte)QuantiseUnsigned(v, 360.0 / 8192, 8) : (byte)0, value.HasValue); }

    /// <summary>I130 SRR: number of SSR replies received.</summary>
    public byte? Srr { readonly get => Sub130(SubSrr) ? _srr : null; init => Set130(SubSrr, ref _srr, value ?? 0, value.HasValue); }

    /// <summary>I130 SAM: amplitude of the (M)SSR reply in dBm (signed, LSB 1 dBm).</summary>
    public int? Sam { readonly get => Sub130(SubSam) ? S8(_sam) : null; init => Set130(SubSam, ref _sam, value is { } v ? (byte)Field(Math.Clamp(v, -128, 127), 8) : (byte)0, value.HasValue); }

    /// <summary>I130 PRL: primary plot runlength in degrees (LSB 360/2^13).</summary>
    public double? Prl { readonly get => Sub130(SubPrl) ? _prl * (360.0 / 8192) : null; init => Set130(SubPrl, ref _prl, value is { } v ? (byte)QuantiseUnsigned(v, 360.0 / 8192, 8) : (byte)0, value.HasValue); }

    /// <summary>I130 PAM: amplitude of the primary plot in dBm (signed, LSB 1 dBm).</summary>
    public int? Pam { readonly get => Sub130(SubPam) ? S8(_pam) : null; init => Set130(SubPam, ref _pam, value is { } v ? (byte)Field(Math.Clamp(v, -128, 127), 8) : (byte)0, value.HasValue); }

    /// <summary>I130 RPD: PSR range minus SSR range in NM (signed, LSB 1/256 NM).</summary>
    public double? Rpd { readonly get => Sub130(SubRpd) ? S8(_rpd) / 256.0 : null; init => Set130(SubRpd, ref _rpd, value is { } v ? (byte)Field(QuantiseSigned(v, 1.0 / 256, 8), 8) : (byte)0, value.HasValue); }

    /// <summary>I130 APD: PSR azimuth minus SSR azimuth in degrees (signed, LSB 360/2^14).</summary>
    public double? Apd { readonly get => Sub130(SubApd) ? S8(_apd) * (360.0 / 16384) : null; init => Set130(SubApd, ref _apd, value is { } v ? (byte)Field(QuantiseSigned(v, 360.0 / 16384, 8), 8) : (byte)0, value.HasValue); }

    // ---- I220 Aircraft Address (§5.2.9) ----

    /// <summary>I220 24-bit ICAO aircraft address.</summary>
    public uint AircraftAddress { readonly get => _address; init { _address = value & 0xFF_FFFF; _items |= Cat048Items.I220; } }

    // ---- I240 Aircraft Identification (§5.2.10) ----

    /// <summary>I240 aircraft identification, eight 6-bit characters held inline; <c>ToString()</c> gives the text.</summary>
    public AsterixCallsign Callsign { readonly get => new(_callsign); init { _callsign = value.Bits; _items |= Cat048Items.I240; } }

    // ---- I250 BDS Register Data (§5.2.11), repetitive ----

    /// <summary>I250 registers kept (at most <see cref="MaxBdsRegisters"/>).</summary>
    public ReadOnlySpan<Cat048BdsRegister> BdsRegisters
    {
        [UnscopedRef]
        readonly get => ((ReadOnlySpan<Cat048BdsRegister>)_bds)[.._bdsCount];
        init
        {
            if (value.Length > MaxBdsRegisters)
            {
                throw new ArgumentException($"At most {MaxBdsRegisters} BDS registers, got {value.Length}.", nameof(value));
            }

            value.CopyTo(_bds);
            _bdsCount = _bdsTotal = (byte)value.Length;
            _items |= Cat048Items.I250;
        }
    }

    /// <summary>I250 REP: the number of registers sent, which may exceed those kept.</summary>
    public readonly int BdsRegisterCount => _bdsTotal;

    // ---- I161 Track Number (§5.2.12) ----

    /// <summary>I161 track number, 0-4095.</summary>
    public ushort TrackNumber { readonly get => (ushort)(_track & 0x0FFF); init { _track = (ushort)(value & 0x0FFF); _items |= Cat048Items.I161; } }

    // ---- I042 Calculated Position in Cartesian Co-ordinates (§5.2.13): LSB 1/128 NM ----

    /// <summary>I042 X in NM (signed, steps of 1/128 NM).</summary>
    public double X { readonly get => Signed(_x, 16) / 128.0; init { _x = (ushort)Field(QuantiseSigned(value, 1.0 / 128, 16), 16); _items |= Cat048Items.I042; } }

    /// <summary>I042 Y in NM (signed, steps of 1/128 NM).</summary>
    public double Y { readonly get => Signed(_y, 16) / 128.0; init { _y = (ushort)Field(QuantiseSigned(value, 1.0 / 128, 16), 16); _items |= Cat048Items.I042; } }

    // ---- I200 Calculated Track Velocity in Polar Co-ordinates (§5.2.14) ----

    /// <summary>I200 ground speed in NM/s (LSB 2^-14 NM/s).</summary>
    public double GroundSpeed { readonly get => _gsp / 16384.0; init { _gsp = (ushort)QuantiseUnsigned(value, 1.0 / 16384, 16); _items |= Cat048Items.I200; } }

    /// <summary>I200 ground speed in knots (NM/h).</summary>
    public readonly double GroundSpeedKt => _gsp * (3600.0 / 16384);

    /// <summary>I200 heading in degrees, [0, 360) in steps of 360/2^16.</summary>
    public double Heading { readonly get => _hdg * (360.0 / 65536); init { _hdg = (ushort)QuantiseAngle(value, 16); _items |= Cat048Items.I200; } }

    // ---- I170 Track Status (§5.2.15) ----

    /// <summary>I170 CNF: tentative track.</summary>
    public bool Cnf { readonly get => (_i170 & 0x8000) != 0; init => Set170(0x8000, value ? 0x8000 : 0, 1); }

    /// <summary>I170 RAD: 0 combined, 1 PSR, 2 SSR/Mode S, 3 invalid.</summary>
    public byte Rad { readonly get => (byte)((_i170 >> 13) & 3); init => Set170(0x6000, (value & 3) << 13, 1); }

    /// <summary>I170 DOU: low confidence in plot to track association.</summary>
    public bool Dou { readonly get => (_i170 & 0x1000) != 0; init => Set170(0x1000, value ? 0x1000 : 0, 1); }

    /// <summary>I170 MAH: horizontal manoeuvre sensed.</summary>
    public bool Mah { readonly get => (_i170 & 0x0800) != 0; init => Set170(0x0800, value ? 0x0800 : 0, 1); }

    /// <summary>I170 CDM: 0 maintaining, 1 climbing, 2 descending, 3 unknown.</summary>
    public byte Cdm { readonly get => (byte)((_i170 >> 9) & 3); init => Set170(0x0600, (value & 3) << 9, 1); }

    /// <summary>I170 TRE (first extent): last report for the track.</summary>
    public bool Tre { readonly get => (_i170 & 0x80) != 0; init => Set170(0x80, value ? 0x80 : 0, 2); }

    /// <summary>I170 GHO (first extent): ghost target track.</summary>
    public bool Gho { readonly get => (_i170 & 0x40) != 0; init => Set170(0x40, value ? 0x40 : 0, 2); }

    /// <summary>I170 SUP (first extent): track maintained with a neighbouring node's data.</summary>
    public bool Sup { readonly get => (_i170 & 0x20) != 0; init => Set170(0x20, value ? 0x20 : 0, 2); }

    /// <summary>I170 TCC (first extent): slant range correction and projection used.</summary>
    public bool Tcc { readonly get => (_i170 & 0x10) != 0; init => Set170(0x10, value ? 0x10 : 0, 2); }

    /// <summary>Number of I170 octets sent (0 when absent).</summary>
    public readonly int TrackStatusLength => _i170Len;

    // ---- I210 Track Quality (§5.2.16) ----

    /// <summary>I210 sigma X in NM (LSB 1/128 NM).</summary>
    public double SigmaX { readonly get => (_i210 >> 24) / 128.0; init => Set210(24, QuantiseUnsigned(value, 1.0 / 128, 8)); }

    /// <summary>I210 sigma Y in NM (LSB 1/128 NM).</summary>
    public double SigmaY { readonly get => ((_i210 >> 16) & 0xFF) / 128.0; init => Set210(16, QuantiseUnsigned(value, 1.0 / 128, 8)); }

    /// <summary>I210 sigma V (ground speed) in NM/s (LSB 2^-14 NM/s).</summary>
    public double SigmaV { readonly get => ((_i210 >> 8) & 0xFF) / 16384.0; init => Set210(8, QuantiseUnsigned(value, 1.0 / 16384, 8)); }

    /// <summary>I210 sigma H (heading) in degrees (LSB 360/2^12).</summary>
    public double SigmaH { readonly get => (_i210 & 0xFF) * (360.0 / 4096); init => Set210(0, QuantiseUnsigned(value, 360.0 / 4096, 8)); }

    // ---- I030 Warning/Error Conditions (§5.2.17) ----

    /// <summary>I030 codes (7 bits each) kept, at most <see cref="MaxWarningCodes"/>.</summary>
    public ReadOnlySpan<byte> WarningErrorCodes
    {
        [UnscopedRef]
        readonly get => ((ReadOnlySpan<byte>)_codes)[.._codeCount];
        init
        {
            if (value.Length is 0 or > MaxWarningCodes)
            {
                throw new ArgumentException($"Between 1 and {MaxWarningCodes} codes, got {value.Length}.", nameof(value));
            }

            for (int i = 0; i < value.Length; i++)
            {
                _codes[i] = (byte)(value[i] & 0x7F);
            }

            _codeCount = _codeTotal = (byte)value.Length;
            _items |= Cat048Items.I030;
        }
    }

    /// <summary>The number of I030 codes sent, which may exceed those kept.</summary>
    public readonly int WarningErrorCodeCount => _codeTotal;

    // ---- I080, I100: Mode-3/A confidence, Mode-C code and confidence (§5.2.18, §5.2.20) ----

    /// <summary>I080 Mode-3/A code confidence: one bit per reply pulse, 1 = low quality (12 bits).</summary>
    public ushort Mode3AConfidence { readonly get => (ushort)(_i080 & 0x0FFF); init { _i080 = (ushort)(value & 0x0FFF); _items |= Cat048Items.I080; } }

    /// <summary>I100 as transmitted: V, G, Mode-C reply in Gray notation (bits 28-17), confidence (bits 12-1).</summary>
    public uint ModeCCode { readonly get => _i100; init { _i100 = value & 0xCFFF_0FFF; _items |= Cat048Items.I100; } }

    // ---- I110 Height Measured by a 3D Radar (§5.2.21): LSB 25 ft ----

    /// <summary>I110 height in feet (signed, steps of 25 ft).</summary>
    public double Height3DFt { readonly get => Signed(_i110, 14) * 25.0; init { _i110 = (ushort)Field(QuantiseSigned(value, 25, 14), 14); _items |= Cat048Items.I110; } }

    // ---- I120 Radial Doppler Speed (§5.2.23), compound ----

    /// <summary>I120 subfield #1 CAL: calculated Doppler speed in m/s (signed 10 bits), null when the subfield is absent.</summary>
    public int? CalculatedDopplerMps
    {
        readonly get => (_i120 & SubCal) != 0 ? Signed(_cal, 10) : null;
        init
        {
            _cal = (ushort)((_cal & 0x8000u) | (value is { } v ? Field(Math.Clamp(v, -512, 511), 10) : 0u));
            _i120 = (byte)(value.HasValue ? _i120 | SubCal : _i120 & ~SubCal);
            _items |= Cat048Items.I120;
        }
    }

    /// <summary>I120 subfield #1 D: the calculated Doppler speed is doubtful.</summary>
    public bool CalculatedDopplerDoubtful { readonly get => (_cal & 0x8000) != 0; init => _cal = (ushort)(value ? _cal | 0x8000 : _cal & 0x7FFF); }

    /// <summary>I120 subfield #2 RDS: raw Doppler speeds kept (at most <see cref="MaxDopplerSpeeds"/>); empty when absent.</summary>
    public ReadOnlySpan<Cat048DopplerSpeed> RawDopplerSpeeds
    {
        [UnscopedRef]
        readonly get => ((ReadOnlySpan<Cat048DopplerSpeed>)_doppler)[.._dopplerCount];
        init
        {
            if (value.Length is 0 or > MaxDopplerSpeeds)
            {
                throw new ArgumentException($"Between 1 and {MaxDopplerSpeeds} Doppler speeds, got {value.Length}.", nameof(value));
            }

            value.CopyTo(_doppler);
            _dopplerCount = _dopplerTotal = (byte)value.Length;
            _i120 |= SubRds;
            _items |= Cat048Items.I120;
        }
    }

    /// <summary>Whether I120 carries subfield #2 (raw Doppler speeds).</summary>
    public readonly bool HasRawDopplerSpeeds => (_i120 & SubRds) != 0;

    /// <summary>The number of raw Doppler speeds sent, which may exceed those kept.</summary>
    public readonly int RawDopplerSpeedCount => _dopplerTotal;

    // ---- I230 Communications/ACAS Capability and Flight Status (§5.2.24) ----

    /// <summary>I230 as transmitted: COM (16-14), STAT (13-11), SI (10), MSSC (8), ARC (7), AIC (6), B1A (5), B1B (4-1).</summary>
    public ushort CommunicationsCapability { readonly get => _i230; init { _i230 = value; _items |= Cat048Items.I230; } }

    /// <summary>I230 COM: communications capability of the transponder, 0-7.</summary>
    public readonly byte Com => (byte)(_i230 >> 13);

    /// <summary>I230 STAT: flight status, 0-7.</summary>
    public readonly byte Stat => (byte)((_i230 >> 10) & 7);

    // ---- I260, I055, I050, I065, I060 (§5.2.25-§5.2.29) ----

    /// <summary>I260 ACAS resolution advisory report: the 56-bit MB field of BDS 3,0.</summary>
    public ulong AcasResolutionAdvisory { readonly get => _i260; init { _i260 = value & 0x00FF_FFFF_FFFF_FFFFUL; _items |= Cat048Items.I260; } }

    /// <summary>I055 Mode-1 code as transmitted: V (8), G (7), L (6), code (5-1).</summary>
    public byte Mode1 { readonly get => _i055; init { _i055 = (byte)(value & 0xEF); _items |= Cat048Items.I055; } }

    /// <summary>I050 Mode-2 code as transmitted: V (16), G (15), L (14), code (12-1).</summary>
    public ushort Mode2 { readonly get => _i050; init { _i050 = (ushort)(value & 0xEFFF); _items |= Cat048Items.I050; } }

    /// <summary>I065 Mode-1 code confidence, 5 bits.</summary>
    public byte Mode1Confidence { readonly get => _i065; init { _i065 = (byte)(value & 0x1F); _items |= Cat048Items.I065; } }

    /// <summary>I060 Mode-2 code confidence, 12 bits.</summary>
    public ushort Mode2Confidence { readonly get => _i060; init { _i060 = (ushort)(value & 0x0FFF); _items |= Cat048Items.I060; } }

    // ---- SP, RE explicit items ----

    /// <summary>SP Special Purpose field content, without its length octet; empty when absent. See <see cref="VigilSpecialPurpose"/>.</summary>
    public ReadOnlySpan<byte> SpecialPurpose
    {
        [UnscopedRef]
        readonly get => ((ReadOnlySpan<byte>)_sp)[.._spLen];
        init
        {
            _spLen = CopyExplicit(value, _sp);
            _items |= Cat048Items.SP;
        }
    }

    /// <summary>RE Reserved Expansion field content, without its length octet; empty when absent.</summary>
    public ReadOnlySpan<byte> ReservedExpansion
    {
        [UnscopedRef]
        readonly get => ((ReadOnlySpan<byte>)_re)[.._reLen];
        init
        {
            _reLen = CopyExplicit(value, _re);
            _items |= Cat048Items.RE;
        }
    }

    private static byte CopyExplicit(ReadOnlySpan<byte> value, Span<byte> buffer)
    {
        if (value.Length > MaxExplicitLength)
        {
            throw new ArgumentException($"An explicit item holds at most {MaxExplicitLength} bytes, got {value.Length}.", nameof(value));
        }

        value.CopyTo(buffer);
        return (byte)value.Length;
    }

    private readonly bool Bit020(int bit) => (_i020 & (1u << bit)) != 0;

    private readonly bool Sub130(byte flag) => (_i130 & flag) != 0;

    private void Set020(uint mask, uint bits, int octets)
    {
        _i020 = (_i020 & ~mask) | bits;
        _i020Len = (byte)Math.Max(_i020Len, octets);
        _items |= Cat048Items.I020;
    }

    private void Set130(byte flag, ref byte field, byte raw, bool present)
    {
        field = raw;
        _i130 = (byte)(present ? _i130 | flag : _i130 & ~flag);
        _items |= Cat048Items.I130;
    }

    private void Set170(int mask, int bits, int octets)
    {
        _i170 = (ushort)((_i170 & ~mask) | bits);
        _i170Len = (byte)Math.Max(_i170Len, octets);
        _items |= Cat048Items.I170;
    }

    private void Set210(int shift, ulong raw)
    {
        _i210 = (_i210 & ~(0xFFu << shift)) | ((uint)raw << shift);
        _items |= Cat048Items.I210;
    }
}
