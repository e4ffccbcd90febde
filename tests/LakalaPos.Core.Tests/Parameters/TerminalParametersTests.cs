using FluentAssertions;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Parameters;
using LakalaPos.Journal.Tests.Support;
using Xunit;

namespace LakalaPos.Core.Tests.Parameters;

/// <summary>
/// Where a parameter's value comes from: the catalog's default, the profile's default over it,
/// the journal (系统管理) over that, and a value for this run only (run --host) over all — until
/// 系统管理 sets it again, the newest instruction.
/// </summary>
public sealed class TerminalParametersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly InMemoryJournal _journal = new(TimeProvider.System);

    private static Dictionary<string, string> Address(string address) => new() { [ParameterCatalog.HostAddress] = address };

    [Fact]
    public void The_profiles_default_wins_over_the_catalogs_and_the_journal_over_the_profile()
    {
        new TerminalParameters(_journal, Address("10.0.0.1:5800")).Get(ParameterCatalog.HostAddress).Should().Be("10.0.0.1:5800");

        _journal.SaveParameter(ParameterCatalog.HostAddress, "10.0.0.2:5800");

        new TerminalParameters(_journal, Address("10.0.0.1:5800")).Get(ParameterCatalog.HostAddress).Should().Be("10.0.0.2:5800");
    }

    [Fact]
    public void A_value_for_this_run_wins_over_the_journal_until_it_is_set_again()
    {
        _journal.SaveParameter(ParameterCatalog.HostAddress, "10.0.0.2:5800");
        var parameters = new TerminalParameters(_journal, Address("10.0.0.1:5800"), Address("127.0.0.1:6000"));

        parameters.Get(ParameterCatalog.HostAddress).Should().Be("127.0.0.1:6000");
        parameters.Stored(ParameterCatalog.HostAddress).Should().Be("10.0.0.2:5800");

        parameters.Set(ParameterCatalog.HostAddress, "10.0.0.3:5800");

        parameters.Get(ParameterCatalog.HostAddress).Should().Be("10.0.0.3:5800");
        _journal.LoadParameters()[ParameterCatalog.HostAddress].Should().Be("10.0.0.3:5800");
    }

    [Fact]
    public void A_set_value_is_checked_journaled_with_its_note_and_announced()
    {
        var parameters = new TerminalParameters(_journal);
        var announced = new List<string>();
        parameters.Changed += (name, value) => announced.Add($"{name}={value}");

        parameters.Set(ParameterCatalog.ReceiptCopies, "1", new ChangeNote(Now, "99", "01", "receiptCopies 1"));

        parameters.ReceiptCopies.Should().Be(1);
        _journal.ListChanges(1).Single().What.Should().Be("receiptCopies 1");
        announced.Should().Equal("receiptCopies=1");
    }

    [Fact]
    public void A_value_against_the_rule_or_below_the_journals_counters_is_refused_and_nothing_changes()
    {
        var parameters = new TerminalParameters(_journal);
        _journal.SetTrace(41);

        parameters.Check(ParameterCatalog.ReceiptCopies, "4").Should().Be(ParameterRefusal.AgainstTheRule);
        parameters.Check(ParameterCatalog.TraceNo, "41").Should().Be(ParameterRefusal.Below(42));
        parameters.Check(ParameterCatalog.TraceNo, "42").Should().BeNull();
        var act = () => parameters.Set(ParameterCatalog.TraceNo, "41");

        act.Should().Throw<ParameterException>().WithMessage("*below 000042*");
        _journal.LastTrace().Should().Be(41);
    }

    [Fact]
    public void Setting_the_value_a_parameter_already_has_writes_nothing()
    {
        var parameters = new TerminalParameters(_journal, Address("127.0.0.1:40001"));
        var announced = 0;
        parameters.Changed += (_, _) => announced++;

        parameters.Set(ParameterCatalog.HostAddress, "127.0.0.1:40001", new ChangeNote(Now, "99", "01", "hostAddress 127.0.0.1:40001"));

        parameters.Stored(ParameterCatalog.HostAddress).Should().BeNull("the default is not made a stored value");
        _journal.ListChanges(5).Should().BeEmpty();
        announced.Should().Be(0);
    }

    [Fact]
    public void After_trace_999999_the_next_is_000001_and_any_trace_may_be_set()
    {
        var parameters = new TerminalParameters(_journal);
        _journal.SetTrace(999_999);

        parameters.Check(ParameterCatalog.TraceNo, "1").Should().BeNull();
        parameters.Check(ParameterCatalog.TraceNo, "500").Should().BeNull();
    }

    [Fact]
    public void The_batch_number_moves_only_when_the_current_batch_is_empty()
    {
        var parameters = new TerminalParameters(_journal);
        parameters.Check(ParameterCatalog.BatchNo, "5").Should().BeNull();
        _journal.Write("sale", LakalaPos.Core.Tests.Journal.LifecycleSamples.ApprovedSale() with { Id = 0, Batch = 1 });

        parameters.Check(ParameterCatalog.BatchNo, "5").Should().Be(ParameterRefusal.SettleFirst);
        parameters.Check(ParameterCatalog.BatchNo, "1").Should().BeNull("the batch it is already is no move");
    }

    [Theory]
    [InlineData("x: 5800")]
    [InlineData("[]:5800")]
    [InlineData("h:+80")]
    [InlineData("h:0")]
    [InlineData(":5800")]
    [InlineData("my host:5800")]
    public void A_host_address_the_link_could_not_use_is_against_the_rule(string address) =>
        new TerminalParameters(_journal).Check(ParameterCatalog.HostAddress, address).Should().Be(ParameterRefusal.AgainstTheRule);

    [Theory]
    [InlineData("127.0.0.1:5800")]
    [InlineData("[::1]:5800")]
    [InlineData("acquirer.example.cn:443")]
    public void A_host_address_the_link_can_use_is_accepted(string address) =>
        new TerminalParameters(_journal).Check(ParameterCatalog.HostAddress, address).Should().BeNull();
}
