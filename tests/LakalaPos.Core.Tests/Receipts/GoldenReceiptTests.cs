using FluentAssertions;
using LakalaPos.Core.Receipts;
using Xunit;

namespace LakalaPos.Core.Tests.Receipts;

/// <summary>Complete slips, character for character: any layout change shows up here first.</summary>
public class GoldenReceiptTests
{
    [Fact]
    public void A_sale_merchant_copy_on_58_mm_paper_reads_exactly_so()
    {
        string[] expected =
        [
            "    POS签购单 POS SALES SLIP",
            "     商户存根 MERCHANT COPY",
            "--------------------------------",
            "商户名称 MERCHANT NAME",
            "                  拉卡拉测试商户",
            "商户编号 MERCHANT NO",
            "                 898100012340001",
            "终端编号 TERMINAL NO    10000001",
            "操作员号 OPERATOR NO          01",
            "--------------------------------",
            "卡号 CARD NO",
            "           622202*********3446 I",
            "交易类型 TRANS TYPE    消费 SALE",
            "有效期 EXP DATE            29/12",
            "批次号 BATCH NO           000001",
            "凭证号 VOUCHER NO         000012",
            "授权码 AUTH NO            A1B2C3",
            "参考号 REF NO       250314092653",
            "日期时间 DATE/TIME",
            "             2025/03/14 09:26:53",
            "金额 AMOUNT",
            "                      RMB 123.45",
            "--------------------------------",
            "备注 REFERENCE",
            "--------------------------------",
            "持卡人签名 CARDHOLDER SIGNATURE",
            "",
            "",
            "________________________________",
            "本人确认以上交易,",
            "同意将其计入本卡账户",
        ];

        ReceiptSamples.Render(ReceiptSamples.Sale(), ReceiptCopy.Merchant, 32).Should().Equal(expected);
    }

    [Fact]
    public void A_void_cardholder_copy_on_80_mm_paper_reads_exactly_so()
    {
        string[] expected =
        [
            "            POS签购单 POS SALES SLIP",
            "           持卡人存根 CARDHOLDER COPY",
            "------------------------------------------------",
            "商户名称 MERCHANT NAME            拉卡拉测试商户",
            "商户编号 MERCHANT NO             898100012340001",
            "终端编号 TERMINAL NO                    10000001",
            "操作员号 OPERATOR NO                          01",
            "------------------------------------------------",
            "卡号 CARD NO",
            "                           622202*********3446 I",
            "交易类型 TRANS TYPE                消费撤销 VOID",
            "有效期 EXP DATE                            29/12",
            "批次号 BATCH NO                           000001",
            "凭证号 VOUCHER NO                         000013",
            "授权码 AUTH NO                            D4E5F6",
            "参考号 REF NO                       250314101500",
            "日期时间 DATE/TIME           2025/03/14 09:26:53",
            "金额 AMOUNT",
            "                                     RMB -123.45",
            "------------------------------------------------",
            "备注 REFERENCE",
            "原凭证号:000012",
            "撤销原因:客户要求",
        ];

        ReceiptSamples.Render(ReceiptSamples.Void(), ReceiptCopy.Cardholder, 48).Should().Equal(expected);
    }
}
