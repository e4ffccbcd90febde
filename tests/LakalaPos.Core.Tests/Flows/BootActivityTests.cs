using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// "设备自检": each device's self-test is a device call; one that is not ready is named on screen
/// and in the log, and the terminal goes on. Sign-in waits for the boot time and every answer.
/// </summary>
public sealed class BootActivityTests
{
    private static readonly TimeSpan BootTime = TimeSpan.FromSeconds(1);
    private readonly HeldWork _work = new();
    private readonly ScriptedPrinter _printer = new();
    private readonly TestTerminal _t;

    public BootActivityTests() => _t = new TestTerminal(_printer, _work);

    /// <summary>Where a new terminal on a non-test profile goes after boot (sign-in comes after it).</summary>
    private const string AfterBoot = "FirstBootPasswords";

    private IReadOnlyList<string> Shown => _t.Display.Last!.Lines;

    [Fact]
    public void A_ready_printer_completes_the_self_test_and_sign_in_follows_the_boot_time()
    {
        _t.Start(new BootActivity());
        Shown.Should().Equal("拉卡拉 POS", "设备自检", "自检中");

        _work.ReleaseOne();
        _t.Run();
        Shown.Should().Equal("拉卡拉 POS", "设备自检", "自检完成");

        _t.Advance(BootTime);
        _t.Engine.ActivityName.Should().StartWith(AfterBoot);
    }

    [Theory]
    [InlineData(DeviceState.NotConnected, "打印机未连接")]
    [InlineData(DeviceState.Faulty, "打印机故障")]
    [InlineData(DeviceState.PaperOut, "打印机缺纸")]
    public void A_device_that_is_not_ready_is_named_on_screen_and_in_the_log_and_the_terminal_goes_on(DeviceState state, string named)
    {
        _printer.Health = new DeviceHealth(state, "/dev/ttyUSB2: what the test says");
        _t.Start(new BootActivity());

        _work.ReleaseOne();
        _t.Run();
        Shown.Should().Equal("拉卡拉 POS", "设备自检", named, "自检完成");
        _t.Log.Should().Contain(line => line.Contains("printer") && line.Contains("what the test says"));

        _t.Advance(BootTime);
        _t.Engine.ActivityName.Should().StartWith(AfterBoot);
    }

    [Fact]
    public void Sign_in_waits_for_a_slow_self_test_but_not_past_the_limit()
    {
        _t.Start(new BootActivity());

        _t.Advance(BootTime);
        _t.Engine.ActivityName.Should().Be("Boot", "the printer has not answered yet");

        _t.Advance(BootActivity.SelfTestLimit - BootTime);
        _t.Display.Shown.Should().Contain(screen => screen.Lines.SequenceEqual(new[] { "拉卡拉 POS", "设备自检", "打印机故障", "自检完成" }));
        _t.Log.Should().Contain(line => line.Contains("did not answer"));
        _t.Engine.ActivityName.Should().StartWith(AfterBoot);
    }

    [Fact]
    public void A_self_test_that_throws_names_the_device_as_faulty()
    {
        var printer = new ThrowingSelfTest();
        var t = new TestTerminal(printer);

        t.Start(new BootActivity());

        t.Display.Last!.Lines.Should().Equal("拉卡拉 POS", "设备自检", "打印机故障", "自检完成");
    }

    [Fact]
    public void Without_a_printer_the_self_test_says_so()
    {
        var t = new TestTerminal();

        t.Start(new BootActivity());

        t.Display.Last!.Lines.Should().Equal("拉卡拉 POS", "设备自检", "打印机未连接", "自检完成");
    }

    private sealed class ThrowingSelfTest : IReceiptPrinter, ISelfTest
    {
        public int Columns => 32;
        public bool HasPaper => true;
        public event EventHandler<bool>? PaperChanged { add { } remove { } }
        public PrintOutcome Print(IReadOnlyList<string> lines) => PrintOutcome.Printed;
        public DeviceHealth CheckHealth() => throw new IOException("sensor wire loose");
    }
}
