using FluentAssertions;
using LakalaPos.Core.Flows;
using LakalaPos.Core.Flows.Declared;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// 交易查询, 重打印, 结算, 签到 and the first-boot passwords run from their declarations: each is in
/// the catalog (and so in docs/flows.md), a step that waits for the host takes no CANCEL, and the
/// lists page through the one list pager.
/// </summary>
public sealed class DeclaredLocalFlowsTests
{
    private readonly TestTerminal _t = new();

    [Fact]
    public void Every_local_flow_is_declared_in_the_catalog()
    {
        FlowCatalog.All.Select(f => f.Name).Should().Contain(["Query", "Reprint", "Settlement", "SignIn", "FirstBootPasswords"]);
        FlowCatalog.All.Should().OnlyHaveUniqueItems(f => f.Name);
    }

    [Fact]
    public void Cancel_while_the_settlement_is_with_the_host_does_nothing()
    {
        _t.SignedInAtIdle();
        _t.ApprovedSaleFromIdle("10000");
        _t.FromMenu(Key.D6);
        _t.Press(Key.Enter);

        _t.Press(Key.Cancel);

        _t.Engine.ActivityName.Should().Be("Settlement/Online");
        _t.Link.Abandoned.Should().BeEmpty();
    }

    [Fact]
    public void The_query_s_lists_are_paged_by_the_list_pager()
    {
        _t.SignedInAtIdle();
        _t.FromMenu(Key.D5);

        _t.Press(Key.D1);

        _t.Engine.ActivityName.Should().Be("Query/List");
        _t.ScreenLines.Should().Equal("交易明细", "无交易记录");
    }

    [Fact]
    public void Enter_with_no_voucher_typed_stays_on_the_prompt()
    {
        _t.SignedInAtIdle();
        _t.FromMenu(Key.D7);
        _t.Press(Key.D2);

        _t.Press(Key.Enter);

        _t.Engine.ActivityName.Should().Be("Reprint/Voucher");
        _t.ScreenLines.Should().Equal("重打印", "请输入凭证号", "");
    }
}
