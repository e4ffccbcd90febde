using LakalaPos.Core.Security;

namespace LakalaPos.Core.Engine;

/// <summary>Settings the core takes from the hardware profile (not journaled parameters).</summary>
public sealed record TerminalOptions
{
    /// <summary>How long a prompt waits for the next key before the flow is abandoned ("操作超时").</summary>
    public TimeSpan PromptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the core waits for the host's answer before it counts as none (reason 98).</summary>
    public TimeSpan HostTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a message screen stays when no key is pressed.</summary>
    public TimeSpan MessageDuration { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long "按确认打印第二联" waits before printing by itself.</summary>
    public TimeSpan NextCopyDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the boot screen (self-test) stays.</summary>
    public TimeSpan BootDuration { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Test profiles mark every receipt "测试 凭证无效".</summary>
    public bool IsTestProfile { get; init; }

    /// <summary>The terminal's local time zone: China Standard Time, UTC+8, no daylight saving.</summary>
    public TimeZoneInfo TimeZone { get; init; } = ChinaStandardTime;

    public required PanProtector PanProtector { get; init; }

    /// <summary>Parameter defaults the profile gives (host address, TPDU); a value set through 系统管理 wins over them.</summary>
    public IReadOnlyDictionary<string, string> ParameterDefaults { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Parameter values given for this run only (<c>run --host</c>): they win over the journal
    /// until 系统管理 sets the parameter, which is then the newest instruction.
    /// </summary>
    public IReadOnlyDictionary<string, string> ParameterOverrides { get; init; } = new Dictionary<string, string>();

    public static readonly TimeZoneInfo ChinaStandardTime =
        TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
}
