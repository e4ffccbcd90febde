using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// An approved sale's receipt prints as a device call: the screen says the transaction stands and
/// that it is printing; keys wait; the printer's answer moves the flow on.
/// </summary>
public sealed class ReceiptActivityTests
{
    private readonly HeldWork _work = new();
    private readonly ScriptedPrinter _printer = new();
    private readonly TestTerminal _t;

    public ReceiptActivityTests() => _t = new TestTerminal(_printer, _work);

    private TransactionRecord Sale => _t.Journal.FindByVoucher(1)!;

    private void ApproveSale()
    {
        _t.Start(new OnlineProbe(TransactionType.Sale, HostMessageKind.Sale));
        _t.Link.Answer(_t.Link.LastSent, "00");
        _t.Run();
    }

    [Fact]
    public void While_a_copy_prints_the_screen_says_so_and_keys_do_nothing()
    {
        ApproveSale();

        _t.Display.Last!.Lines.Should().Equal("交易成功", "正在打印,请稍候");
        _t.Press(Key.Cancel);
        _t.Press(Key.Enter);

        _t.Engine.ActivityName.Should().Be("Receipt/Printing");
        _work.Held.Should().Be(1, "one copy is under way, none was added or skipped");
        Sale.PrintedCopies.Should().Be(0);
    }

    [Fact]
    public void The_printers_answer_journals_the_copy_and_offers_the_next()
    {
        ApproveSale();

        _work.ReleaseOne();
        _t.Run();

        Sale.PrintedCopies.Should().Be(1);
        _printer.Printed.Should().ContainSingle();
        _t.Display.Last!.Lines.Should().Equal("交易成功", "按确认打印第二联");
    }

    [Fact]
    public void Paper_out_keeps_the_copy_for_when_paper_is_back()
    {
        _printer.Next.Enqueue(() => PrintOutcome.PaperOut);
        ApproveSale();

        _work.ReleaseOne();
        _t.Run();

        _t.Display.Last!.Lines.Should().Equal("打印机缺纸", "请装纸后按确认");
        _t.Press(Key.Enter);
        _work.ReleaseOne();
        _t.Run();

        Sale.PrintedCopies.Should().Be(1);
        _printer.Printed.Should().ContainSingle();
    }

    [Fact]
    public void A_printer_that_never_answers_does_not_hold_the_terminal()
    {
        ApproveSale();

        _t.Advance(LakalaPos.Core.Engine.ReceiptPrinting.AnswerLimit);

        _t.Display.Last!.Lines.Should().Equal("交易成功", "凭证打印失败,请重打印");
        Sale.Status.Should().Be(TransactionStatus.Approved);
        Sale.PrintedCopies.Should().Be(0, "nothing is known to have come out: the copy can be reprinted");
    }

    [Fact]
    public void A_printer_that_fails_outright_leaves_the_sale_standing_and_says_to_reprint()
    {
        _printer.Next.Enqueue(() => throw new IOException("write failed"));
        ApproveSale();

        _work.ReleaseOne();
        _t.Run();

        _t.Display.Last!.Lines.Should().Equal("交易成功", "凭证打印失败,请重打印");
        Sale.Status.Should().Be(TransactionStatus.Approved);
        Sale.PrintedCopies.Should().Be(0);
    }
}
