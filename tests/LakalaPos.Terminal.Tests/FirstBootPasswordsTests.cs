using FluentAssertions;
using LakalaPos.Replay.Parsing;
using LakalaPos.Replay.Running;
using LakalaPos.Terminal.Replay;
using Xunit;

namespace LakalaPos.Terminal.Tests;

/// <summary>
/// Spec section 10: a profile that is not a test profile makes the supervisor and the admin set
/// their own passwords on first boot. Such a profile keeps its keys in files, so the test makes
/// one in a scratch folder and drives the terminal with a replay script.
/// </summary>
public sealed class FirstBootPasswordsTests : IDisposable
{
    private readonly string _profiles = Directory.CreateTempSubdirectory("lakalapos-field-").FullName;

    [Fact]
    public void The_supervisor_and_admin_set_their_own_passwords_once_and_the_defaults_are_refused()
    {
        var script = """
            profile field
            expect screen "首次开机"
            expect screen "请设置主管密码(6位)"
            type 123456
            key ENTER
            expect screen "不能使用默认密码"
            type 246810
            key ENTER
            expect screen "请再次输入主管密码"
            type 246811
            key ENTER
            expect screen "两次输入不一致"
            expect screen "请设置主管密码(6位)"
            type 246810
            key ENTER
            type 246810
            key ENTER
            expect screen "请设置管理员密码(8位)"
            type 13572468
            key ENTER
            type 13572468
            key ENTER
            expect screen "密码设置成功"
            wait 3s
            expect screen "请输入操作员号"
            expect no-screen "测试 凭证无效"
            power-cycle
            expect screen "请输入操作员号"
            expect no-screen "首次开机"
            login 01 0000
            key MENU 2
            type 123456
            key ENTER
            expect screen "主管密码错误"
            type 246810
            key ENTER
            expect screen "请输入原凭证号"
            """;
        var result = Run(script);

        result.Passed.Should().BeTrue("{0}\n{1}\n{2}", result.Summary, string.Join('\n', result.Screen), string.Join('\n', result.RecentLog));
    }

    [Fact]
    public void A_test_profile_skips_it() =>
        Run("expect screen \"请输入操作员号\"\nexpect no-screen \"首次开机\"\n").Passed.Should().BeTrue();

    private ScriptResult Run(string script)
    {
        WriteFieldProfile();
        return new ScriptRunner(() => new ReplayTerminal(_profiles)).Run(ScriptParser.Parse("first-boot.replay", script));
    }

    private void WriteFieldProfile()
    {
        var tmk = Path.Combine(_profiles, "tmk.hex");
        var dataKey = Path.Combine(_profiles, "data.hex");
        File.WriteAllText(tmk, "0123456789ABCDEFFEDCBA9876543210");
        File.WriteAllText(dataKey, "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF");
        File.Copy(RepositoryRoot.Combine("hardware-profiles", "test.json"), Path.Combine(_profiles, "test.json"), overwrite: true);
        File.WriteAllText(Path.Combine(_profiles, "field.json"), File.ReadAllText(RepositoryRoot.Combine("hardware-profiles", "test.json"))
            .Replace("\"name\": \"test\"", "\"name\": \"field\"", StringComparison.Ordinal)
            .Replace("\"test\": true", "\"test\": false", StringComparison.Ordinal)
            .Replace("\"masterKey\": \"0123456789ABCDEFFEDCBA9876543210\"", $"\"masterKeyFile\": \"{tmk}\"", StringComparison.Ordinal)
            .Replace("\"dataKey\": \"544553542044415441204B455920464F52204C414B414C41504F532054455354\"", $"\"dataKeyFile\": \"{dataKey}\"", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_profiles, recursive: true);
}
