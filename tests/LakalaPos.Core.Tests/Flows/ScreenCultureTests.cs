using System.Globalization;
using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// What the screens say does not depend on the culture of the machine the terminal runs on
/// (globalization is not invariant): dates and times read as the spec gives them — "原交易日期
/// MM/DD", "时间 yyyy-MM-dd HH:mm:ss" — under any LANG.
/// </summary>
public sealed class ScreenCultureTests : IDisposable
{
    private readonly CultureInfo _was = CultureInfo.CurrentCulture;
    private readonly TestTerminal _t = new();

    public ScreenCultureTests() => _t.SignedInAtIdle();

    public void Dispose() => CultureInfo.CurrentCulture = _was;

    [Fact]
    public void The_refund_confirmation_shows_the_original_date_as_MM_slash_DD_under_any_culture()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        _t.FromMenu(Key.D3);
        _t.SupervisorTypes();
        _t.Present(Cards.Swiped());
        _t.Type("123456789012");
        _t.Press(Key.Enter);
        _t.Type("0310");
        _t.Press(Key.Enter);
        _t.Type("5000");
        _t.Press(Key.Enter, Key.D1);

        _t.ScreenLines.Should().Contain("原交易日期 03/10");
    }

    [Fact]
    public void The_void_confirmation_shows_the_time_with_colons_under_any_culture()
    {
        _t.ApprovedSaleFromIdle();
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
        _t.FromMenu(Key.D2);
        _t.SupervisorTypes();
        _t.Type("1");
        _t.Press(Key.Enter);

        _t.ScreenLines.Should().Contain("时间 2026-03-14 09:30:00");
    }
}
