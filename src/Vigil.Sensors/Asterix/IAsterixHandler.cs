namespace Vigil.Sensors.Asterix;

/// <summary>
/// Receives what <see cref="AsterixDecoder.Decode{THandler}(ReadOnlySpan{byte}, ref THandler)"/> finds in a
/// datagram, in datagram order. Implement it on a struct: the decoder is generic over the handler type, so
/// the calls are direct and a CAT048 record reaches the handler without being copied or allocated.
/// </summary>
public interface IAsterixHandler
{
    /// <summary>A CAT048 monoradar target report. The record is only valid during the call; copy what is needed.</summary>
    void OnCat048(in Cat048Record record, in AsterixRecordInfo info);

    /// <summary>A CAT034 monoradar service message.</summary>
    void OnCat034(Cat034Record record, in AsterixRecordInfo info);

    /// <summary>A CAT062 SDPS system track.</summary>
    void OnCat062(Cat062Record record, in AsterixRecordInfo info);

    /// <summary>A CAT065 SDPS service status message.</summary>
    void OnCat065(Cat065Record record, in AsterixRecordInfo info);

    /// <summary>
    /// A rejected data block or record, with its byte offset in the datagram. Decoding goes on with the next
    /// data block when the rejected block's length is sound; records decoded before it have been delivered.
    /// </summary>
    void OnError(in DecodeError error);
}
