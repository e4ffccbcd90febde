using FluentAssertions;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.Iso8583.Tests.Messages;

/// <summary>Field and sub-field values as replay checks ("60.1=23") compare them.</summary>
public class DisplayTests
{
    private static readonly Iso8583Message Void = new Iso8583Message("0200")
        .Set(3, "200000").Set(52, [0x0A, 0xBC, 0, 0, 0, 0, 0, 1])
        .Set(60, "23000001000").Set(61, "000001000002").Set(63, "CUP交易成功");

    [Theory]
    [InlineData("3", "200000")]
    [InlineData("52", "0ABC000000000001")]
    [InlineData("60", "23000001000")]
    [InlineData("60.1", "23")]
    [InlineData("60.2", "000001")]
    [InlineData("60.3", "000")]
    [InlineData("61.1", "000001")]
    [InlineData("61.2", "000002")]
    [InlineData("63.1", "CUP")]
    [InlineData("63.2", "交易成功")]
    public void Read_for_display_gives_text_as_is_binary_as_upper_hex_and_sub_fields_by_position(string name, string expected) =>
        Iso8583Fields.ReadForDisplay(Void, name).Should().Be(expected);

    [Theory]
    [InlineData("4")]
    [InlineData("60.4")]
    [InlineData("61.3")]
    public void A_field_or_sub_field_the_message_does_not_carry_reads_as_null(string name) =>
        Iso8583Fields.ReadForDisplay(Void, name).Should().BeNull();

    [Theory]
    [InlineData("7")]
    [InlineData("60.9")]
    [InlineData("x")]
    [InlineData("")]
    public void A_name_that_is_no_field_of_the_table_is_refused(string name)
    {
        FluentActions.Invoking(() => Iso8583Fields.ReadForDisplay(Void, name)).Should().Throw<ArgumentException>().WithMessage($"'{name}' is not a field*");
        Iso8583Fields.IsKnownName(name).Should().BeFalse();
    }

    [Fact]
    public void For_display_lists_every_field_followed_by_its_present_sub_fields()
    {
        Iso8583Fields.ForDisplay(Void).Should().Equal(new Dictionary<string, string>
        {
            ["3"] = "200000",
            ["52"] = "0ABC000000000001",
            ["60"] = "23000001000",
            ["60.1"] = "23",
            ["60.2"] = "000001",
            ["60.3"] = "000",
            ["61"] = "000001000002",
            ["61.1"] = "000001",
            ["61.2"] = "000002",
            ["63"] = "CUP交易成功",
            ["63.1"] = "CUP",
            ["63.2"] = "交易成功",
        });
    }

    [Fact]
    public void For_display_keeps_field_order()
    {
        Iso8583Fields.ForDisplay(Void).Keys.Should().ContainInOrder("3", "52", "60", "60.1", "61", "63.2");
    }

    [Theory]
    [InlineData("2", true)]
    [InlineData("35", true)]
    [InlineData("52", true)]
    [InlineData("62", true)]
    [InlineData("48", true)]
    [InlineData("3", false)]
    [InlineData("60.1", false)]
    public void Card_data_pin_blocks_and_keys_are_flagged_sensitive(string name, bool sensitive) =>
        Iso8583Fields.IsSensitive(name).Should().Be(sensitive);

    [Fact]
    public void Message_to_string_names_fields_but_never_values()
    {
        var text = new Iso8583Message("0200").Set(2, "6222020200112233446").Set(11, "000002").ToString();

        text.Should().Be("0200 [2,11]");
    }
}
