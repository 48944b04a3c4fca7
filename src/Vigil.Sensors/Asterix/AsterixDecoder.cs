using System.Buffers.Binary;

namespace Vigil.Sensors.Asterix;

/// <summary>
/// Decodes the ASTERIX data blocks of one datagram (EUROCONTROL-SPEC-0149 Part 1 v2.4 §4: a block is a
/// category octet, a two-octet length that counts the three header octets, then records; a datagram may
/// hold several blocks). CAT048, CAT034, CAT062 and CAT065 are decoded; any other category is rejected.
/// <para>
/// Never throws on bad input: every rejection reaches the handler as a <see cref="DecodeError"/> with the
/// byte offset in the datagram and a reason naming the category, block, record and item. A record that
/// cannot be read ends its block (records carry no length, so the next one cannot be found); decoding goes
/// on with the next block. A block whose length is unsound (under 3, or past the end of the datagram) ends
/// the datagram. Records decoded before a fault have already been delivered.
/// </para>
/// </summary>
public static class AsterixDecoder
{
    /// <summary>Decodes <paramref name="datagram"/>, calling <paramref name="handler"/> for each record and each rejection.</summary>
    /// <returns>How many blocks, records and rejections there were.</returns>
    public static AsterixDecodeSummary Decode<THandler>(ReadOnlySpan<byte> datagram, ref THandler handler)
        where THandler : IAsterixHandler
    {
        int pos = 0, blocks = 0, records = 0, errors = 0;
        while (pos < datagram.Length)
        {
            blocks++;
            int left = datagram.Length - pos;
            if (left < 3)
            {
                handler.OnError(new DecodeError(pos, $"data block {blocks}: header cut short ({left} bytes left, a header has 3)"));
                errors++;
                break;
            }

            int category = datagram[pos];
            int length = BinaryPrimitives.ReadUInt16BigEndian(datagram[(pos + 1)..]);
            if (length < 3)
            {
                handler.OnError(new DecodeError(pos + 1, $"data block {blocks} (CAT{category:D3}): length {length} is less than the 3-byte header"));
                errors++;
                break;
            }

            if (length > left)
            {
                handler.OnError(new DecodeError(pos + 1, $"data block {blocks} (CAT{category:D3}): length {length} runs past the end of the datagram ({left} bytes left)"));
                errors++;
                break;
            }

            int end = pos + length;
            AsterixFault fault = default;
            bool ok = true;
            int record = 0;
            int at = pos + 3;
            switch (category)
            {
                case 48:
                {
                    Cat048Record r = default;
                    while (at < end)
                    {
                        record++;
                        r = default;
                        int start = at;
                        if (!Cat048Decoder.TryDecode(datagram, ref at, end, ref r, out fault))
                        {
                            ok = false;
                            break;
                        }

                        records++;
                        handler.OnCat048(in r, new AsterixRecordInfo(48, blocks, record, start, at - start));
                    }

                    break;
                }

                case 34:
                case 62:
                case 65:
                {
                    AsterixItemSpec[] uap = category == 34 ? Cat034Codec.Uap : category == 62 ? Cat062Layout.Uap : Cat065Codec.Uap;
                    string name = category == 34 ? "CAT034" : category == 62 ? "CAT062" : "CAT065";
                    while (at < end)
                    {
                        record++;
                        int start = at;
                        if (!AsterixUapParser.TryParse(datagram, ref at, end, uap, name, out AsterixRawItem?[] items, out fault))
                        {
                            ok = false;
                            break;
                        }

                        records++;
                        ReadOnlySpan<byte> bytes = datagram[start..at];
                        var info = new AsterixRecordInfo(category, blocks, record, start, at - start);
                        if (category == 34)
                        {
                            handler.OnCat034(Cat034Codec.Read(bytes, items), in info);
                        }
                        else if (category == 62)
                        {
                            handler.OnCat062(new Cat062Record(bytes.ToArray(), items), in info);
                        }
                        else
                        {
                            handler.OnCat065(Cat065Codec.Read(bytes, items), in info);
                        }
                    }

                    break;
                }

                default:
                    handler.OnError(new DecodeError(pos, $"data block {blocks}: category {category} is not decoded (CAT034, CAT048, CAT062 and CAT065 are)"));
                    errors++;
                    break;
            }

            if (!ok)
            {
                string item = fault.Item == "FSPEC" ? "FSPEC" : $"item {fault.Item}";
                handler.OnError(new DecodeError(fault.Offset, $"CAT{category:D3} data block {blocks} record {record}: {item} {fault.Problem}"));
                errors++;
            }

            pos = end;
        }

        return new AsterixDecodeSummary(blocks, records, errors);
    }

    /// <summary>Decodes <paramref name="datagram"/> into a list of records and a list of rejections; never throws on any input.</summary>
    public static AsterixDecodeResult Decode(ReadOnlySpan<byte> datagram)
    {
        var collector = new Collector { Result = new AsterixDecodeResult() };
        AsterixDecodeSummary summary = Decode(datagram, ref collector);
        collector.Result.Blocks = summary.Blocks;
        return collector.Result;
    }

    private struct Collector : IAsterixHandler
    {
        public AsterixDecodeResult Result;

        public readonly void OnCat048(in Cat048Record record, in AsterixRecordInfo info) => Result.Add(new AsterixDecodedRecord(info) { Cat048 = record });

        public readonly void OnCat034(Cat034Record record, in AsterixRecordInfo info) => Result.Add(new AsterixDecodedRecord(info) { Cat034 = record });

        public readonly void OnCat062(Cat062Record record, in AsterixRecordInfo info) => Result.Add(new AsterixDecodedRecord(info) { Cat062 = record });

        public readonly void OnCat065(Cat065Record record, in AsterixRecordInfo info) => Result.Add(new AsterixDecodedRecord(info) { Cat065 = record });

        public readonly void OnError(in DecodeError error) => Result.Errors.Add(error);
    }
}
