using BenchmarkDotNet.Attributes;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Receipts;

namespace LakalaPos.Benchmarks;

/// <summary>A sale's merchant copy: journal record → receipt data → lines (32 columns, a 58 mm printer).</summary>
[MemoryDiagnoser]
public class ReceiptBenchmarks
{
    private static readonly MerchantInfo Merchant = new("拉卡拉测试商户", "123456789012345", "12345678");

    private readonly TransactionRecord _sale = new()
    {
        Id = 1,
        Type = TransactionType.Sale,
        Status = TransactionStatus.Approved,
        Voucher = 123,
        Batch = 1,
        AmountFen = 12_345,
        OperatorNo = "01",
        LocalTime = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)),
        MaskedPan = "622202******3446",
        ExpiryYyMm = "2912",
        EntryMode = EntryMode.Insert,
        PinEntered = true,
        ResponseCode = "00",
        Rrn = "123456789012",
        AuthCode = "AB1234",
    };

    private Receipt _built = null!;

    [GlobalSetup]
    public void Setup() => _built = ReceiptBuilder.Build(ReceiptData.FromTransaction(_sale, Merchant, ReceiptCopy.Merchant));

    [Benchmark(Description = "receipt: record → lines, 32 columns")]
    public IReadOnlyList<string> Compose() =>
        ReceiptRenderer.Render(ReceiptBuilder.Build(ReceiptData.FromTransaction(_sale, Merchant, ReceiptCopy.Merchant)), ReceiptRenderer.NarrowColumns);

    [Benchmark(Description = "receipt: layout only (render), 32 columns")]
    public IReadOnlyList<string> Render() => ReceiptRenderer.Render(_built, ReceiptRenderer.NarrowColumns);
}
