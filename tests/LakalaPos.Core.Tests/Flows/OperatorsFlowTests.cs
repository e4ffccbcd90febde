using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Operators;
using LakalaPos.Core.Security;
using LakalaPos.Core.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Flows;

/// <summary>
/// 柜员管理 (menu 8, after the supervisor's password): add, delete, re-password and list the
/// cashiers, and the supervisor's own password. Each change is journaled with who allowed it, the
/// cashier signed in and when; passwords are kept only as salted hashes.
/// </summary>
public sealed class OperatorsFlowTests
{
    private readonly TestTerminal _t = new();

    public OperatorsFlowTests()
    {
        _t.SignedInAtIdle();
        _t.FromMenu(Key.D8);
        _t.SupervisorTypes();
    }

    private void Choose(Key item) => _t.Press(item);

    private void TypeEnter(string digits)
    {
        _t.Type(digits);
        _t.Press(Key.Enter);
    }

    private bool SignsIn(string number, string password) =>
        OperatorRules.CanSignIn(_t.Journal.FindOperator(number), new SecretDigits(password));

    [Fact]
    public void The_supervisor_password_opens_the_five_operator_functions() =>
        _t.ScreenLines.Should().Equal("柜员管理", "1 增加柜员", "2 删除柜员", "3 修改柜员密码", "4 柜员列表", "5 修改主管密码");

    [Fact]
    public void A_cashier_added_with_a_password_typed_twice_can_sign_in_and_the_journal_says_who_added_it()
    {
        Choose(Key.D1);
        TypeEnter("05");
        _t.ScreenLines.Should().Equal("增加柜员", "柜员号 05", "请输入新密码", "");
        TypeEnter("2468");
        TypeEnter("2468");

        _t.ScreenLines.Should().Equal("增加柜员", "柜员已增加");
        SignsIn("05", "2468").Should().BeTrue();
        _t.Journal.FindOperator("05")!.PasswordHash.Should().NotContain("2468");
        _t.Journal.ListChanges(5).Should().ContainSingle()
            .Which.Should().Be(new ChangeNote(_t.Ctx.Now, "00", "01", "add cashier 05"));
    }

    [Theory]
    [InlineData("00", "柜员号为01-98")]
    [InlineData("99", "柜员号为01-98")]
    [InlineData("03", "柜员已存在")]
    public void A_number_that_cannot_be_a_new_cashier_is_refused_and_asked_again(string number, string why)
    {
        Choose(Key.D1);
        TypeEnter(number);

        _t.ScreenLines.Should().Equal("增加柜员", "请输入柜员号", "", why);
        _t.Journal.ListChanges(5).Should().BeEmpty();
    }

    [Fact]
    public void Two_different_entries_of_the_new_password_start_the_password_over()
    {
        Choose(Key.D1);
        TypeEnter("05");
        TypeEnter("1111");
        TypeEnter("2222");

        _t.ScreenLines.Should().Equal("增加柜员", "柜员号 05", "请输入新密码", "", "两次输入不一致");
        _t.Journal.FindOperator("05").Should().BeNull();
    }

    [Fact]
    public void The_cashier_signed_in_cannot_be_deleted()
    {
        Choose(Key.D2);
        TypeEnter("01");

        _t.ScreenLines.Should().Contain("不能删除当前柜员");
        _t.Journal.FindOperator("01").Should().NotBeNull();
    }

    [Fact]
    public void A_deleted_cashier_is_confirmed_first_then_gone_and_journaled()
    {
        Choose(Key.D2);
        TypeEnter("02");
        _t.ScreenLines.Should().Equal("删除柜员", "柜员号 02", "确认删除?");
        _t.Journal.FindOperator("02").Should().NotBeNull("nothing is deleted before ENTER");

        _t.Press(Key.Enter);

        _t.Journal.FindOperator("02").Should().BeNull();
        _t.Journal.ListChanges(1).Single().What.Should().Be("delete cashier 02");
    }

    [Fact]
    public void Cancel_at_the_confirmation_deletes_nothing()
    {
        Choose(Key.D2);
        TypeEnter("02");
        _t.Press(Key.Cancel);

        _t.Journal.FindOperator("02").Should().NotBeNull();
        _t.Engine.ActivityName.Should().Be("Idle");
    }

    [Fact]
    public void A_cashiers_new_password_replaces_the_old_one()
    {
        Choose(Key.D3);
        TypeEnter("04");
        TypeEnter("9876");
        TypeEnter("9876");

        SignsIn("04", "9876").Should().BeTrue();
        SignsIn("04", "0000").Should().BeFalse();
        _t.Journal.ListChanges(1).Single().What.Should().Be("new password for operator 04");
    }

    [Fact]
    public void The_list_shows_the_cashiers_in_order_with_the_one_signed_in_marked()
    {
        Choose(Key.D4);

        _t.ScreenLines.Should().Equal("柜员列表 1/1", "01 当前签到", "柜员号 02", "柜员号 03", "柜员号 04");
    }

    [Fact]
    public void The_supervisors_password_changes_only_after_the_old_one()
    {
        Choose(Key.D5);
        TypeEnter("111111");
        _t.ScreenLines.Should().Equal("修改主管密码", "请输入原密码", "", "原密码错误");

        TypeEnter("123456");
        TypeEnter("654321");
        TypeEnter("654321");

        PasswordHasher.Verify(new SecretDigits("654321"), _t.Journal.FindOperator("00")!.PasswordHash).Should().BeTrue();
        _t.Journal.ListChanges(1).Single().Should().Match<ChangeNote>(c => c.AuthorisedBy == "00" && c.What == "new password for operator 00");
    }

    [Fact]
    public void A_wrong_old_password_counts_toward_the_supervisor_lock()
    {
        Choose(Key.D5);
        TypeEnter("111111");
        TypeEnter("222222");
        TypeEnter("333333");

        _t.ScreenLines.Should().Contain("主管密码已锁定");
        PasswordLock.Of(OperatorRole.Supervisor, _t.Journal, _t.Clock).IsLocked.Should().BeTrue();
    }

    [Fact]
    public void After_a_change_the_operators_menu_comes_back_without_the_password()
    {
        Choose(Key.D3);
        TypeEnter("04");
        TypeEnter("9876");
        TypeEnter("9876");

        _t.Advance(TimeSpan.FromSeconds(3));

        _t.ScreenLines.Should().StartWith("柜员管理");
        _t.Press(Key.D4);
        _t.ScreenLines[0].Should().Be("柜员列表 1/1");
    }
}
