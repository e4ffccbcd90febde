using FluentAssertions;
using LakalaPos.Terminal.Tests.Serial.Support;
using Xunit;

namespace LakalaPos.Terminal.Tests.Serial;

/// <summary>`lakalapos devices` plays a serial profile's devices on ptys: `run` takes the profile it writes, and what is typed at one reaches the other.</summary>
[Collection(SerialProcesses.Name)]
public sealed class DevicesCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("lakalapos-devices-test-").FullName;

    [Fact]
    public void Devices_writes_a_profile_run_accepts_shows_the_screen_and_sends_keys_and_swipes()
    {
        var profiles = Path.Combine(_work, "profiles");
        using var devices = CliProcess.Start(_work, "devices", "--profile", "devkit-58mm", "--profiles", RepositoryRoot.Combine("hardware-profiles"), "--out", profiles);
        devices.WaitFor($"lakalapos run --profiles {profiles} --profile devkit-58mm");
        devices.Output.Should().MatchRegex(@"display and keypad \(VT100 console\): /dev/pts/\d+").And.MatchRegex(@"card reader: /dev/pts/\d+").And.MatchRegex(@"printer: /dev/pts/\d+");

        using var terminal = CliProcess.Start(_work, "run", "--profiles", profiles, "--profile", "devkit-58mm", "--data", Path.Combine(_work, "data"));
        devices.WaitFor("请输入操作员号");
        devices.Type("01 enter");
        devices.WaitFor("请输入密码");
        devices.Type("0000");
        devices.Type("");
        devices.WaitFor("签到成功");
        devices.Type("swipe debit");
        devices.WaitFor("请输入金额");
        devices.Type("10000 enter");
        devices.WaitFor("请输入密码");
        devices.Type("123456 enter");
        devices.WaitFor("商户存根 MERCHANT COPY");
        devices.WaitFor("RMB 100.00");
        devices.Type("cancel");

        devices.Type("quit");
        devices.WaitForExit().Should().Be(0);
        Signals.Send(terminal, Signals.Terminate);
        terminal.WaitForExit().Should().Be(0);
        devices.Output.Should().NotContain("6222020200112233446");
    }

    [Theory]
    [InlineData("end of input")]
    [InlineData("SIGINT")]
    [InlineData("SIGTERM")]
    public void Devices_stops_at_the_end_of_its_input_and_on_sigint_and_sigterm(string how)
    {
        using var devices = CliProcess.Start(_work, "devices", "--profiles", RepositoryRoot.Combine("hardware-profiles"), "--out", Path.Combine(_work, "profiles"));
        devices.WaitFor("lakalapos run --profiles");
        switch (how)
        {
            case "end of input":
                devices.CloseInput();
                break;
            case "SIGINT":
                Signals.Send(devices, Signals.Interrupt);
                break;
            default:
                Signals.Send(devices, Signals.Terminate);
                break;
        }
        devices.WaitForExit().Should().Be(0);
        devices.Output.Should().Contain($"devices: stopped ({how})");
    }

    [Fact]
    public void Devices_on_a_profile_without_serial_devices_says_so_in_one_line()
    {
        using var devices = CliProcess.Start(_work, "devices", "--profile", "emulator", "--profiles", RepositoryRoot.Combine("hardware-profiles"));
        devices.WaitForExit().Should().Be(2);
        devices.Output.Trim().Should().Be("lakalapos: profile emulator has no serial devices: nothing to play (try devkit-58mm)");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
