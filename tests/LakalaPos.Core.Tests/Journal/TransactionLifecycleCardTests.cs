using FluentAssertions;
using LakalaPos.Core.Hardware;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Security;
using Xunit;
using static LakalaPos.Core.Tests.Journal.LifecycleSamples;

namespace LakalaPos.Core.Tests.Journal;

/// <summary>
/// What later messages get back from the journal: the card number, decrypted with the data key,
/// and the request as it left, rebuilt for its reversal.
/// </summary>
public sealed class TransactionLifecycleCardTests
{
    private static readonly PanProtector OtherKey = new(new byte[32]);

    [Fact]
    public void The_card_number_is_read_back_with_the_data_key() =>
        Of(PendingSale()).Pan(Protector).Should().Be(Pan);

    [Fact]
    public void With_another_key_the_card_number_cannot_be_read_back() =>
        Of(PendingSale()).Pan(OtherKey).Should().BeNull();

    [Fact]
    public void A_record_without_a_card_has_no_card_number() =>
        Of(PendingSale() with { EncryptedPan = null, MaskedPan = null }).Pan(Protector).Should().BeNull();

    [Fact]
    public void The_card_comes_back_as_it_was_read()
    {
        var card = Of(PendingSale()).Card(Protector)!;

        (card.Pan, card.ExpiryYyMm, card.EntryMode, card.CardSequence).Should().Be((Pan, "2912", EntryMode.Insert, "001"));
        card.IccData.Should().Equal(Icc);
        card.Track2.Should().BeNull("track data is never kept");
    }

    [Fact]
    public void A_void_without_a_card_carries_the_journal_s_card_number_keyed_in()
    {
        var card = Of(ApprovedSale()).KeyedCard(Protector);

        (card.Pan, card.ExpiryYyMm, card.EntryMode, card.CardSequence, card.IccData).Should().Be((Pan, "2912", EntryMode.Manual, null, null));
    }

    [Fact]
    public void A_card_number_that_cannot_be_read_back_cannot_be_keyed_in() =>
        Of(ApprovedSale()).Invoking(t => t.KeyedCard(OtherKey)).Should().Throw<InvalidOperationException>()
            .WithMessage("voucher 000012: the card number cannot be read back from the journal");

    [Fact]
    public void The_batch_upload_entry_carries_the_full_card_number_and_masks_it_when_shown()
    {
        var entry = Of(ApprovedSale()).UploadEntry(Protector)!;

        entry.Should().Be(new BatchUploadEntry(12, Pan, 12345, TransactionType.Sale));
        entry.ToString().Should().NotContain(Pan);
    }

    [Fact]
    public void No_batch_upload_entry_when_the_card_number_cannot_be_read_back() =>
        Of(ApprovedSale()).UploadEntry(OtherKey).Should().BeNull();

    [Fact]
    public void The_reversal_of_a_sale_copies_the_original_as_it_left()
    {
        var reversal = Of(SaleReversalDue(ReversalReasons.Timeout)).ReversalRequest(Protector, "10000001", "898100012340001");

        reversal.Kind.Should().Be(HostMessageKind.Reversal);
        reversal.ReversalReason.Should().Be("98");
        var original = reversal.Reversed!;
        original.Kind.Should().Be(HostMessageKind.Sale);
        (original.Trace, original.Batch, original.LocalTime, original.AmountFen).Should().Be((12, 3, At, 12345L));
        (original.TerminalId, original.MerchantId).Should().Be(("10000001", "898100012340001"));
        (original.Card!.Pan, original.Card.EntryMode, original.Card.CardSequence).Should().Be((Pan, EntryMode.Insert, "001"));
        original.Card.IccData.Should().Equal(Icc);
        original.PinEntered.Should().BeTrue("field 22 says a PIN was entered, as the original's did");
        original.Pin.Should().BeNull("the PIN itself is never kept");
        reversal.Should().Be(original with { Kind = HostMessageKind.Reversal, Reversed = original, ReversalReason = "98" },
            "the 0400 carries the original's fields");
    }

    [Fact]
    public void The_reversal_of_a_void_names_the_voided_sale()
    {
        var voidDue = Of(PendingVoid()).ReversalDue(ReversalReasons.BadMac);

        var original = Of(voidDue).ReversalRequest(Protector, "10000001", "898100012340001").Reversed!;

        original.Kind.Should().Be(HostMessageKind.Void);
        (original.OriginalTrace, original.OriginalBatch, original.OriginalRrn, original.OriginalAuthCode)
            .Should().Be((12, 3, "260314093000", "A1B2C3"));
    }

    [Fact]
    public void A_reversal_after_a_power_cut_keeps_reason_06() =>
        Of(SaleReversalDue(ReversalReasons.Armed)).ReversalRequest(Protector, "10000001", "898100012340001").ReversalReason.Should().Be("06");

    [Fact]
    public void There_is_no_reversal_to_send_for_a_refund() =>
        Of(PendingRefund()).Invoking(t => t.ReversalRequest(Protector, "10000001", "898100012340001"))
            .Should().Throw<InvalidOperationException>().WithMessage("Refund voucher 000012 has no reversal to send: it is PENDING");

    [Fact]
    public void There_is_no_reversal_to_send_for_an_approved_sale() =>
        Of(ApprovedSale()).Invoking(t => t.ReversalRequest(Protector, "10000001", "898100012340001"))
            .Should().Throw<InvalidOperationException>().WithMessage("*has no reversal to send: it is APPROVED");
}
