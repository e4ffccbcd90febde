using FluentAssertions;
using LakalaPos.Core.Journal;
using Xunit;

namespace LakalaPos.Journal.Tests.Contract;

public abstract partial class JournalContract
{
    [Fact]
    public void A_new_journal_has_no_operators_and_no_parameters()
    {
        Journal.ListOperators().Should().BeEmpty();
        Journal.LoadParameters().Should().BeEmpty();
    }

    [Fact]
    public void A_saved_operator_can_be_found_by_number()
    {
        var cashier = new OperatorRecord("01", OperatorRole.Cashier, "salt$hash-01");

        Journal.SaveOperator(cashier);

        Journal.FindOperator("01").Should().Be(cashier);
        Journal.FindOperator("02").Should().BeNull();
    }

    [Fact]
    public void Operators_are_listed_in_number_order()
    {
        Journal.SaveOperator(new OperatorRecord("99", OperatorRole.Admin, "h99"));
        Journal.SaveOperator(new OperatorRecord("02", OperatorRole.Cashier, "h02"));
        Journal.SaveOperator(new OperatorRecord("00", OperatorRole.Supervisor, "h00"));

        Journal.ListOperators().Select(o => o.Number).Should().Equal("00", "02", "99");
    }

    [Fact]
    public void Saving_an_existing_operator_number_replaces_role_and_password_hash()
    {
        Journal.SaveOperator(new OperatorRecord("03", OperatorRole.Cashier, "old"));

        Journal.SaveOperator(new OperatorRecord("03", OperatorRole.Supervisor, "new"));

        Journal.ListOperators().Should().ContainSingle().Which.Should().Be(new OperatorRecord("03", OperatorRole.Supervisor, "new"));
    }

    [Fact]
    public void A_deleted_operator_is_gone_and_deleting_an_unknown_number_does_nothing()
    {
        Journal.SaveOperator(new OperatorRecord("01", OperatorRole.Cashier, "h01"));
        Journal.SaveOperator(new OperatorRecord("02", OperatorRole.Cashier, "h02"));

        Journal.DeleteOperator("01");
        Journal.DeleteOperator("55");

        Journal.FindOperator("01").Should().BeNull();
        Journal.ListOperators().Select(o => o.Number).Should().Equal("02");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("100")]
    [InlineData("0A")]
    [InlineData("")]
    public void An_operator_number_that_is_not_two_digits_is_refused_with_a_message(string number)
    {
        var save = () => Journal.SaveOperator(new OperatorRecord(number, OperatorRole.Cashier, "hash"));

        save.Should().Throw<ArgumentException>().WithMessage("*two digits*");
        Journal.ListOperators().Should().BeEmpty();
    }

    [Fact]
    public void An_operator_without_a_password_hash_is_refused()
    {
        var save = () => Journal.SaveOperator(new OperatorRecord("05", OperatorRole.Cashier, ""));

        save.Should().Throw<ArgumentException>().WithMessage("*05*password hash*");
    }

    [Fact]
    public void Parameters_are_saved_by_name_and_a_second_save_replaces_the_value()
    {
        Journal.SaveParameter("merchantNo", "898310048990001");
        Journal.SaveParameter("receiptCopies", "2");

        Journal.SaveParameter("receiptCopies", "3");

        Journal.LoadParameters().Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["merchantNo"] = "898310048990001",
            ["receiptCopies"] = "3",
        });
    }

    [Fact]
    public void Parameter_values_keep_empty_text_and_chinese_characters()
    {
        Journal.SaveParameter("merchantName", "拉卡拉测试商户");
        Journal.SaveParameter("tpdu", "");

        var parameters = Journal.LoadParameters();

        parameters["merchantName"].Should().Be("拉卡拉测试商户");
        parameters["tpdu"].Should().BeEmpty();
    }

    [Fact]
    public void Parameter_names_are_case_sensitive()
    {
        Journal.SaveParameter("language", "zh");
        Journal.SaveParameter("Language", "en");

        Journal.LoadParameters().Should().HaveCount(2);
    }
}
