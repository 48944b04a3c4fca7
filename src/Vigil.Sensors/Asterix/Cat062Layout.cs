using static Vigil.Sensors.Asterix.AsterixFieldFormat;
using static Vigil.Sensors.Asterix.AsterixItemSpec;
using Fld = Vigil.Sensors.Asterix.AsterixField;

namespace Vigil.Sensors.Asterix;

/// <summary>
/// The CAT062 UAP and item layouts (EUROCONTROL-SPEC-0149-9 ASTERIX Category 062, SDPS Track Messages,
/// edition 1.19/1.20: §4.3 UAP, §5.2 items). Field names are the specification's short names.
/// </summary>
internal static class Cat062Layout
{
    private const double Wgs25 = 180.0 / (1 << 25), Wgs23 = 180.0 / (1 << 23), Turn16 = 360.0 / 65536;

    public static readonly AsterixItemSpec[] Uap =
    [
        F("I062/010", 2), SpareFrn, F("I062/015", 1), F("I062/070", 3), F("I062/105", 8), F("I062/100", 6), F("I062/185", 4),
        F("I062/210", 2), F("I062/060", 2), F("I062/245", 7),
        C("I062/380", F("ADR", 3), F("ID", 6), F("MHG", 2), F("IAS", 2), F("TAS", 2), F("SAL", 2), F("FSS", 2),
            X("TIS"), R("TID", 15), F("COM", 2), F("SAB", 2), F("ACS", 7), F("BVR", 2), F("GVR", 2),
            F("RAN", 2), F("TAR", 2), F("TAN", 2), F("GSP", 2), F("VUN", 1), F("MET", 8), F("EMC", 1),
            F("POS", 6), F("GAL", 2), F("PUN", 1), R("MB", 8), F("IAR", 2), F("MAC", 2), F("BPS", 2)),
        F("I062/040", 2), X("I062/080"),
        C("I062/290", F("TRK", 1), F("PSR", 1), F("SSR", 1), F("MDS", 1), F("ADS", 2), F("ES", 1), F("VDL", 1),
            F("UAT", 1), F("LOP", 1), F("MLT", 1)),
        F("I062/200", 1),
        C("I062/295", F("MFL", 1), F("MD1", 1), F("MD2", 1), F("MDA", 1), F("MD4", 1), F("MD5", 1), F("MHG", 1),
            F("IAS", 1), F("TAS", 1), F("SAL", 1), F("FSS", 1), F("TID", 1), F("COM", 1), F("SAB", 1),
            F("ACS", 1), F("BVR", 1), F("GVR", 1), F("RAN", 1), F("TAR", 1), F("TAN", 1), F("GSP", 1),
            F("VUN", 1), F("MET", 1), F("EMC", 1), F("POS", 1), F("GAL", 1), F("PUN", 1), F("MB", 1),
            F("IAR", 1), F("MAC", 1), F("BPS", 1)),
        F("I062/136", 2), F("I062/130", 2), F("I062/135", 2), F("I062/220", 2),
        C("I062/390", F("TAG", 2), F("CSN", 7), F("IFI", 4), F("FCT", 1), F("TAC", 4), F("WTC", 1), F("DEP", 4),
            F("DST", 4), F("RDS", 3), F("CFL", 2), F("CTL", 2), R("TOD", 4), F("AST", 6), F("STS", 1),
            F("STD", 7), F("STA", 7), F("PEM", 2), F("PEC", 7)),
        X("I062/270"), F("I062/300", 1),
        C("I062/110", F("SUM", 1), F("PMN", 4), F("POS", 6), F("GA", 2), F("EM1", 2), F("TOS", 1), F("XP", 1)),
        F("I062/120", 2), X("I062/510", 3),
        C("I062/500", F("APC", 4), F("COV", 2), F("APW", 4), F("AGA", 1), F("ABA", 1), F("ATV", 2), F("AA", 2), F("ARC", 1)),
        C("I062/340", F("SID", 2), F("POS", 4), F("HEI", 2), F("MDC", 2), F("MDA", 2), F("TYP", 1)),
        SpareFrn, SpareFrn, SpareFrn, SpareFrn, SpareFrn, E("I062/RE"), E("I062/SP"),
    ];

    /// <summary>Bit fields by item ("I062/105") or subfield ("I062/380/ADR"); items not listed are shown as hex.</summary>
    public static readonly Dictionary<string, Fld[]> Fields = new()
    {
        ["I062/010"] = [new("SAC", 16, 9), new("SIC", 8, 1)],
        ["I062/015"] = [new("SID", 8, 1)],
        ["I062/070"] = [new("ToT", 24, 1, 1.0 / 128)],
        ["I062/105"] = [new("Lat", 64, 33, Wgs25, true), new("Lon", 32, 1, Wgs25, true)],
        ["I062/100"] = [new("X", 48, 25, 0.5, true), new("Y", 24, 1, 0.5, true)],
        ["I062/185"] = [new("Vx", 32, 17, 0.25, true), new("Vy", 16, 1, 0.25, true)],
        ["I062/210"] = [new("Ax", 16, 9, 0.25, true), new("Ay", 8, 1, 0.25, true)],
        ["I062/060"] = [new("CH", 14, 14), new("Mode3A", 12, 1, Format: Octal)],
        ["I062/245"] = [new("STI", 56, 55), new("CHR", 48, 1, Format: Icao6)],
        ["I062/040"] = [new("TrkN", 16, 1)],
        ["I062/080"] =
        [
            new("MON", 8, 8, Octet: 0), new("SPI", 7, 7, Octet: 0), new("MRH", 6, 6, Octet: 0), new("SRC", 5, 3, Octet: 0), new("CNF", 2, 2, Octet: 0),
            new("SIM", 8, 8, Octet: 1), new("TSE", 7, 7, Octet: 1), new("TSB", 6, 6, Octet: 1), new("FPC", 5, 5, Octet: 1), new("AFF", 4, 4, Octet: 1), new("STP", 3, 3, Octet: 1), new("KOS", 2, 2, Octet: 1),
            new("AMA", 8, 8, Octet: 2), new("MD4", 7, 6, Octet: 2), new("ME", 5, 5, Octet: 2), new("MI", 4, 4, Octet: 2), new("MD5", 3, 2, Octet: 2),
            new("CST", 8, 8, Octet: 3), new("PSR", 7, 7, Octet: 3), new("SSR", 6, 6, Octet: 3), new("MDS", 5, 5, Octet: 3), new("ADS", 4, 4, Octet: 3), new("SUC", 3, 3, Octet: 3), new("AAC", 2, 2, Octet: 3),
            new("SDS", 8, 7, Octet: 4), new("EMS", 6, 4, Octet: 4), new("PFT", 3, 3, Octet: 4), new("FPLT", 2, 2, Octet: 4),
            new("DUPT", 8, 8, Octet: 5), new("DUPF", 7, 7, Octet: 5), new("DUPM", 6, 6, Octet: 5), new("SFC", 5, 5, Octet: 5), new("IDD", 4, 4, Octet: 5), new("IEC", 3, 3, Octet: 5), new("MLAT", 2, 2, Octet: 5),
        ],
        ["I062/200"] = [new("TRANS", 8, 7), new("LONG", 6, 5), new("VERT", 4, 3), new("ADF", 2, 2)],
        ["I062/136"] = [new("MFL", 16, 1, 0.25, true)],
        ["I062/130"] = [new("Alt", 16, 1, 6.25, true)],
        ["I062/135"] = [new("QNH", 16, 16), new("CTBA", 15, 1, 0.25, true)],
        ["I062/220"] = [new("RoC", 16, 1, 6.25, true)],
        ["I062/270"] = [new("LENGTH", 8, 2, Octet: 0), new("ORIENTATION", 8, 2, 360.0 / 128, Octet: 1), new("WIDTH", 8, 2, Octet: 2)],
        ["I062/300"] = [new("VFI", 8, 1)],
        ["I062/120"] = [new("Mode2", 12, 1, Format: Octal)],
        ["I062/380/ADR"] = [new("ADR", 24, 1, Format: Hex)],
        ["I062/380/ID"] = [new("ACID", 48, 1, Format: Icao6)],
        ["I062/380/MHG"] = [new("MHG", 16, 1, Turn16)],
        ["I062/380/IAS"] = [new("IM", 16, 16), new("IAS", 15, 1)],
        ["I062/380/TAS"] = [new("TAS", 16, 1)],
        ["I062/380/SAL"] = [new("SAS", 16, 16), new("Source", 15, 14), new("Alt", 13, 1, 25, true)],
        ["I062/380/FSS"] = [new("MV", 16, 16), new("AH", 15, 15), new("AM", 14, 14), new("Alt", 13, 1, 25, true)],
        ["I062/380/COM"] = [new("COM", 16, 14), new("STAT", 13, 11), new("SSC", 8, 8), new("ARC", 7, 7), new("AIC", 6, 6), new("B1A", 5, 5), new("B1B", 4, 1)],
        ["I062/380/SAB"] = [new("AC", 16, 15), new("MN", 14, 13), new("DC", 12, 11), new("GBS", 10, 10), new("STAT", 3, 1)],
        ["I062/380/BVR"] = [new("BVR", 16, 1, 6.25, true)],
        ["I062/380/GVR"] = [new("GVR", 16, 1, 6.25, true)],
        ["I062/380/RAN"] = [new("RAN", 16, 1, 0.01, true)],
        ["I062/380/TAR"] = [new("TI", 16, 15), new("RateOfTurn", 7, 1, 0.25, true)],
        ["I062/380/TAN"] = [new("TAN", 16, 1, Turn16)],
        ["I062/380/GSP"] = [new("GSP", 16, 1, 1.0 / 16384)],
        ["I062/380/VUN"] = [new("VUN", 8, 1)],
        ["I062/380/EMC"] = [new("ECAT", 8, 1)],
        ["I062/380/POS"] = [new("Lat", 48, 25, Wgs23, true), new("Lon", 24, 1, Wgs23, true)],
        ["I062/380/GAL"] = [new("GAL", 16, 1, 6.25, true)],
        ["I062/380/PUN"] = [new("PUN", 4, 1)],
        ["I062/380/IAR"] = [new("IAR", 16, 1)],
        ["I062/380/MAC"] = [new("MAC", 16, 1, 0.008)],
        ["I062/380/BPS"] = [new("BPS", 12, 1, 0.1)],
        ["I062/390/TAG"] = [new("SAC", 16, 9), new("SIC", 8, 1)],
        ["I062/390/CSN"] = [new("CSN", 56, 1, Format: Ascii)],
        ["I062/390/IFI"] = [new("TYP", 32, 31), new("NBR", 27, 1)],
        ["I062/390/FCT"] = [new("GATOAT", 8, 7), new("FR1FR2", 6, 5), new("RVSM", 4, 3), new("HPR", 2, 2)],
        ["I062/390/TAC"] = [new("TAC", 32, 1, Format: Ascii)],
        ["I062/390/WTC"] = [new("WTC", 8, 1, Format: Ascii)],
        ["I062/390/DEP"] = [new("DEP", 32, 1, Format: Ascii)],
        ["I062/390/DST"] = [new("DST", 32, 1, Format: Ascii)],
        ["I062/390/RDS"] = [new("RDS", 24, 1, Format: Ascii)],
        ["I062/390/CFL"] = [new("CFL", 16, 1, 0.25)],
        ["I062/390/CTL"] = [new("Centre", 16, 9), new("Position", 8, 1)],
        ["I062/390/AST"] = [new("AST", 48, 1, Format: Ascii)],
        ["I062/390/STS"] = [new("EMP", 8, 7), new("AVL", 6, 5)],
        ["I062/390/STD"] = [new("STD", 56, 1, Format: Ascii)],
        ["I062/390/STA"] = [new("STA", 56, 1, Format: Ascii)],
        ["I062/390/PEM"] = [new("VA", 13, 13), new("Mode3A", 12, 1, Format: Octal)],
        ["I062/390/PEC"] = [new("PEC", 56, 1, Format: Ascii)],
        ["I062/500/APC"] = [new("APCX", 32, 17, 0.5), new("APCY", 16, 1, 0.5)],
        ["I062/500/COV"] = [new("COV", 16, 1, 0.5, true)],
        ["I062/500/APW"] = [new("APWLat", 32, 17, Wgs25), new("APWLon", 16, 1, Wgs25)],
        ["I062/500/AGA"] = [new("AGA", 8, 1, 6.25)],
        ["I062/500/ABA"] = [new("ABA", 8, 1, 0.25)],
        ["I062/500/ATV"] = [new("ATVX", 16, 9, 0.25), new("ATVY", 8, 1, 0.25)],
        ["I062/500/AA"] = [new("AAX", 16, 9, 0.25), new("AAY", 8, 1, 0.25)],
        ["I062/500/ARC"] = [new("ARC", 8, 1, 6.25)],
        ["I062/340/SID"] = [new("SAC", 16, 9), new("SIC", 8, 1)],
        ["I062/340/POS"] = [new("RHO", 32, 17, 1.0 / 256), new("THETA", 16, 1, Turn16)],
        ["I062/340/HEI"] = [new("HEI", 16, 1, 25, true)],
        ["I062/340/MDC"] = [new("CV", 16, 16), new("CG", 15, 15), new("ModeC", 14, 1, 0.25, true)],
        ["I062/340/MDA"] = [new("V", 16, 16), new("G", 15, 15), new("L", 14, 14), new("Mode3A", 12, 1, Format: Octal)],
        ["I062/340/TYP"] = [new("TYP", 8, 6), new("SIM", 5, 5), new("RAB", 4, 4), new("TST", 3, 3)],
        ["I062/110/SUM"] = [new("M5", 8, 8), new("ID", 7, 7), new("DA", 6, 6), new("M1", 5, 5), new("M2", 4, 4), new("M3", 3, 3), new("MC", 2, 2)],
    };

    static Cat062Layout()
    {
        foreach (string age in (string[])["TRK", "PSR", "SSR", "MDS", "ES", "VDL", "UAT", "LOP", "MLT"])
        {
            Fields[$"I062/290/{age}"] = [new(age, 8, 1, 0.25)];
        }

        Fields["I062/290/ADS"] = [new("ADS", 16, 1, 0.25)];
        foreach (AsterixItemSpec? sub in Uap[15].Subfields!)
        {
            Fields[$"I062/295/{sub!.Id}"] = [new(sub.Id, 8, 1, 0.25)];
        }
    }
}
