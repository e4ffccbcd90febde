using LakalaPos.HostSimulator.Observability;
using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests;

/// <summary>ReceivedMessage.Fields names values as replay checks do, by the protocol library's sub-field table.</summary>
public class ReceivedMessageFieldsTests
{
    private static IReadOnlyDictionary<string, string> FieldsOf(Iso8583Message message) =>
        new ReceivedMessage(1, DateTimeOffset.UnixEpoch, [], message, null).Fields;

    [Fact]
    public void Fields_are_keyed_by_number_with_binary_ones_as_upper_case_hex()
    {
        var message = new Iso8583Message("0200").Set(3, "200000").Set(52, [0xAB, 0x01]);

        FieldsOf(message).Should().Contain("3", "200000").And.Contain("52", "AB01");
    }

    [Fact]
    public void Field_60_and_61_are_split_into_their_sub_fields()
    {
        var message = new Iso8583Message("0200").Set(60, "230000010005").Set(61, "0000010000021122");

        var fields = FieldsOf(message);

        fields.Should().Contain("60.1", "23").And.Contain("60.2", "000001").And.Contain("60.3", "000").And.Contain("60.4", "5");
        fields.Should().Contain("61.1", "000001").And.Contain("61.2", "000002").And.Contain("61.3", "1122");
        fields.Should().NotContainKeys("61.4", "61.5");
    }

    [Fact]
    public void A_full_field_61_also_gives_the_original_authorisation_method_and_institution()
    {
        var message = new Iso8583Message("0220").Set(61, "000001000002112201" + "12345678901");

        FieldsOf(message).Should().Contain("61.4", "01").And.Contain("61.5", "12345678901");
    }

    [Fact]
    public void Field_63_is_split_into_its_code_and_its_text()
    {
        var fields = FieldsOf(new Iso8583Message("0220").Set(63, "RM1note"));

        fields.Should().Contain("63", "RM1note").And.Contain("63.1", "RM1").And.Contain("63.2", "note");
    }

    [Fact]
    public void A_short_field_60_gives_only_the_sub_fields_it_holds()
    {
        var fields = FieldsOf(new Iso8583Message("0800").Set(60, "00000001"));

        fields.Should().ContainKeys("60.1", "60.2").And.NotContainKeys("60.3", "60.4");
    }

    [Fact]
    public void A_message_that_did_not_decode_has_no_fields()
    {
        new ReceivedMessage(1, DateTimeOffset.UnixEpoch, [0xFF], null, "too short").Fields.Should().BeEmpty();
    }
}
