using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Iso8583.Messages;
using LakalaPos.Protocol.Mapping;
using static LakalaPos.Protocol.Tests.TestData;

namespace LakalaPos.Protocol.Tests.Iso8583;

/// <summary>The end-of-batch messages written out byte by byte: field 48 exactly as docs/protocol/field-table.md lays it out.</summary>
public class HandWrittenBatchEncodingTests
{
    private static readonly byte[] Tpdu = Hex("60 00 03 00 00");

    [Fact]
    public void Settlement_0500_carries_the_totals_in_62_digits_of_field_48()
    {
        var expected = Hex(string.Join(" ",
            "60 00 03 00 00 60 31 00 31 00 00",               // TPDU, header
            "05 00",                                          // MTI
            "00 20 00 00 00 C1 80 10",                        // bitmap: 11 | 41 42 48 | 49 | 60
            "00 00 09",                                       // 11 trace 000009
            "31 32 33 34 35 36 37 38",                        // 41
            "31 32 33 34 35 36 37 38 39 30 31 32 33 34 35",   // 42
            "00 62",                                          // 48 LLL = 62 digits
            "00 00 00 12 34 56",                              //    debit total 000000123456 (1234.56)
            "00 70 00 00 00 05 00",                           //    debit count 007, credit total 000000005000 (50.00) ...
            "00 02 00",                                       //    ... credit count 002, verdict 0, first foreign digit 0
            "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",   //    the other 30 foreign digits: zeros
            "31 35 36",                                       // 49 currency 156
            "00 11 00 00 00 01 20 10"));                      // 60 LLL=11: 00 000001 201 + pad nibble
        var request = Request(HostMessageKind.Settlement, trace: 9) with { Totals = new SettlementTotals(123456, 7, 5000, 2) };

        var body = Iso8583Codec.Encode(HostRequestMapper.ToMessage(request, Tpdu, null));

        Convert.ToHexString(body).Should().Be(Convert.ToHexString(expected));
    }

    [Fact]
    public void Last_batch_upload_0320_carries_count_and_40_digit_entries_in_field_48()
    {
        var expected = Hex(string.Join(" ",
            "60 00 03 00 00 60 31 00 31 00 00",                           // TPDU, header
            "03 20",                                                      // MTI
            "00 20 00 00 00 C1 00 10",                                    // bitmap: 11 | 41 42 48 | 60
            "00 00 10",                                                   // 11 trace 000010
            "31 32 33 34 35 36 37 38",                                    // 41
            "31 32 33 34 35 36 37 38 39 30 31 32 33 34 35",               // 42
            "00 82",                                                      // 48 LLL = 82 digits
            "02",                                                         //    2 entries
            "01 00 00 02 96 22 20 20 20 01 12 23 34 46 00 00 00 00 12 34", //    0 domestic, 1 sale, trace 000002, 9 = 19-digit PAN, PAN, 000000001234
            "03 00 00 04 66 25 80 70 01 23 45 67 30 00 00 00 00 00 05 00", //    0 domestic, 3 refund, trace 000004, 6 = 16-digit PAN, PAN + 000, 000000000500
            "00 11 00 00 00 01 20 20"));                                  // 60 LLL=11: 00 000001 202 (last) + pad nibble
        var request = Request(HostMessageKind.BatchUpload, trace: 10) with
        {
            UploadEntries =
            [
                new BatchUploadEntry(2, DebitPan, 1234, TransactionType.Sale),
                new BatchUploadEntry(4, CreditPan, 500, TransactionType.Refund),
            ],
            UploadIsLast = true,
        };

        var body = Iso8583Codec.Encode(HostRequestMapper.ToMessage(request, Tpdu, null));

        Convert.ToHexString(body).Should().Be(Convert.ToHexString(expected));
    }
}
