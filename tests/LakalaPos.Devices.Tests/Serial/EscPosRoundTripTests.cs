using FluentAssertions;
using LakalaPos.Core.Receipts;
using LakalaPos.Core.Tests.Receipts;
using LakalaPos.Devices.Headless;
using LakalaPos.Devices.Serial.EscPos;
using Xunit;

namespace LakalaPos.Devices.Tests.Serial;

/// <summary>What the ESC/POS driver sends decodes back to what was meant to be printed.</summary>
public sealed class EscPosRoundTripTests
{
    [Theory]
    [InlineData(32)]
    [InlineData(48)]
    public void A_real_receipt_decodes_to_exactly_the_rows_the_headless_printer_keeps(int columns)
    {
        var lines = SaleReceipt(columns);
        var headless = new HeadlessPrinter(columns);
        headless.Print(lines);

        var printout = EscPosDecoder.Decode(EscPosReceipt.Encode(lines, columns));

        printout.Receipts.Should().ContainSingle().Which.Texts.Should().Equal(headless.Receipts.Single());
        printout.Uncut.Should().BeEmpty();
        printout.Unknown.Should().BeEmpty();
    }

    [Fact]
    public void A_receipt_starts_with_initialize_and_chinese_mode_and_ends_with_feed_and_cut()
    {
        var bytes = EscPosReceipt.Encode(["消费 SALE"], 32);

        bytes[..4].Should().Equal(0x1B, (byte)'@', 0x1C, (byte)'&');
        bytes[^4..].Should().Equal(0x1D, (byte)'V', 66, 0);
    }

    [Fact]
    public void Chinese_text_goes_out_as_gb18030()
    {
        var bytes = new EscPosWriter().Line("消费").ToArray();

        bytes.Should().Equal(0xCF, 0xFB, 0xB7, 0xD1, 0x0A);
    }

    [Fact]
    public void Text_outside_gb2312_round_trips_through_gb18030_four_byte_codes()
    {
        var printout = EscPosDecoder.Decode(new EscPosWriter().ChineseMode().Line("𠀀 € 拉卡拉").Cut().ToArray());

        printout.Receipts.Single().Texts.Should().Equal("𠀀 € 拉卡拉");
    }

    [Fact]
    public void The_first_row_the_slips_title_is_bold_and_the_rest_is_not()
    {
        var printout = EscPosDecoder.Decode(EscPosReceipt.Encode(["POS签购单 POS SALES SLIP", "商户存根 MERCHANT COPY"], 32));

        printout.Receipts.Single().Lines.Select(line => line.Bold).Should().Equal(true, false);
    }

    [Fact]
    public void Bold_size_and_alignment_come_back_with_each_line()
    {
        var bytes = new EscPosWriter().Initialize().ChineseMode()
            .Align(PrintAlignment.Center).Bold(true).Size(2, 2).Line("交易成功")
            .Bold(false).Size(1, 2).Line("RMB 12.34")
            .Size(1, 1).Align(PrintAlignment.Right).Line("谢谢惠顾")
            .Cut().ToArray();

        EscPosDecoder.Decode(bytes).Receipts.Single().Lines.Should().Equal(
            new PrintedLine("交易成功", Bold: true, Width: 2, Height: 2, Alignment: PrintAlignment.Center),
            new PrintedLine("RMB 12.34", Width: 1, Height: 2, Alignment: PrintAlignment.Center),
            new PrintedLine("谢谢惠顾", Alignment: PrintAlignment.Right));
    }

    [Fact]
    public void A_feed_gives_empty_lines_and_each_cut_a_receipt()
    {
        var bytes = new EscPosWriter().Line("商户存根").Feed(2).Cut().Line("持卡人存根").Cut().ToArray();

        EscPosDecoder.Decode(bytes).Receipts.Select(receipt => receipt.Texts).Should().BeEquivalentTo(
            new[] { new[] { "商户存根", "", "" }, new[] { "持卡人存根" } }, options => options.WithStrictOrdering());
    }

    [Fact]
    public void A_qr_code_of_the_reference_number_comes_back_as_a_line_holding_it()
    {
        var bytes = new EscPosWriter().Align(PrintAlignment.Center).QrCode("250314092653").Line("参考号 250314092653").Cut().ToArray();

        EscPosDecoder.Decode(bytes).Receipts.Single().Lines.Should().Equal(
            new PrintedLine("250314092653", Alignment: PrintAlignment.Center, IsQrCode: true),
            new PrintedLine("参考号 250314092653", Alignment: PrintAlignment.Center));
    }

    [Fact]
    public void Control_characters_in_a_line_never_reach_the_printer_as_commands()
    {
        var bytes = EscPosReceipt.Encode(["商户\u001dV\u0000名称\u001b@"], 32);

        var printout = EscPosDecoder.Decode(bytes);

        printout.Receipts.Should().ContainSingle().Which.Texts.Should().Equal("商户V名称@");
    }

    [Fact]
    public void An_empty_receipt_is_just_a_cut()
    {
        EscPosDecoder.Decode(EscPosReceipt.Encode([], 32)).Receipts.Should().ContainSingle().Which.Lines.Should().BeEmpty();
    }

    private static IReadOnlyList<string> SaleReceipt(int columns) =>
        ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, columns, new ReceiptOptions(TestProfile: true), ReceiptSamples.LongNamedMerchant);
}
