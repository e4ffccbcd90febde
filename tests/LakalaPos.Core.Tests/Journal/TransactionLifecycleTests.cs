using FluentAssertions;
using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using Xunit;
using static LakalaPos.Core.Tests.Journal.LifecycleSamples;

namespace LakalaPos.Core.Tests.Journal;

/// <summary>
/// Every way a transaction's record may move on (PENDING → APPROVED / DECLINED / UNKNOWN /
/// REVERSED, the reversal armed → due → done or given up, a sale VOIDED), and a sample of the ways
/// it may not: those throw, naming where it stands and where it was asked to go.
/// </summary>
public sealed class TransactionLifecycleTests
{
    // ── Begin ──

    [Fact]
    public void A_sale_begins_pending_with_its_reversal_armed_06()
    {
        var record = PendingSale();

        record.Status.Should().Be(TransactionStatus.Pending);
        record.ReversalState.Should().Be(ReversalState.Armed);
        record.ReversalReason.Should().Be("06");
        record.ReversalAttempts.Should().Be(0);
        (record.Voucher, record.Batch, record.AmountFen, record.OperatorNo, record.LocalTime).Should().Be((12, 3, 12345L, "01", At));
    }

    [Fact]
    public void A_void_begins_armed_like_a_sale() =>
        PendingVoid().Should().Match<TransactionRecord>(r => r.ReversalState == ReversalState.Armed && r.ReversalReason == "06");

    [Theory]
    [InlineData(TransactionType.Refund)]
    [InlineData(TransactionType.Balance)]
    public void A_refund_or_an_inquiry_begins_pending_with_nothing_armed(TransactionType type)
    {
        var record = Pending(type);

        record.Status.Should().Be(TransactionStatus.Pending);
        record.ReversalState.Should().Be(ReversalState.None);
        record.ReversalReason.Should().BeNull();
    }

    [Fact]
    public void The_card_is_kept_masked_and_encrypted_never_in_clear()
    {
        var record = PendingSale();

        record.MaskedPan.Should().Be("622202*********3446");
        Protector.Unprotect(record.EncryptedPan!).Should().Be(Pan);
        Protector.UnprotectBytes(record.EncryptedIccData!).Should().Equal(Icc);
        (record.ExpiryYyMm, record.EntryMode, record.CardSequence, record.PinEntered).Should().Be(("2912", Hardware.EntryMode.Insert, "001", true));
        record.ToString().Should().NotContain(Pan);
    }

    // ── An answer, or none ──

    [Fact]
    public void Pending_to_approved_takes_the_answer_and_disarms_the_reversal()
    {
        var approved = Of(PendingSale()).Approved(Approval);

        approved.Status.Should().Be(TransactionStatus.Approved);
        (approved.ResponseCode, approved.Rrn, approved.AuthCode, approved.BalanceFen).Should().Be(("00", "260314093000", "A1B2C3", 500L));
        approved.ReversalState.Should().Be(ReversalState.None);
        approved.ReversalReason.Should().BeNull();
        approved.Id.Should().Be(PendingSale().Id, "it is the same journal record, moved on");
    }

    [Fact]
    public void Pending_to_declined_takes_the_code_and_disarms_the_reversal()
    {
        var declined = Of(PendingSale()).Declined(Answer("51"));

        declined.Status.Should().Be(TransactionStatus.Declined);
        (declined.ResponseCode, declined.Rrn, declined.AuthCode).Should().Be(("51", "260314093000", null));
        declined.ReversalState.Should().Be(ReversalState.None);
        declined.ReversalReason.Should().BeNull();
    }

    [Fact]
    public void Not_sent_is_declined_with_no_code_and_nothing_to_reverse()
    {
        var notSent = Of(PendingSale()).NotSent();

        notSent.Status.Should().Be(TransactionStatus.Declined);
        notSent.ResponseCode.Should().BeNull();
        notSent.ReversalState.Should().Be(ReversalState.None);
    }

    [Fact]
    public void A_refund_with_no_answer_becomes_unknown()
    {
        var unknown = Of(PendingRefund()).Unknown();

        unknown.Status.Should().Be(TransactionStatus.Unknown);
        unknown.ReversalState.Should().Be(ReversalState.None);
    }

    [Theory]
    [InlineData(ReversalReasons.Timeout)]
    [InlineData(ReversalReasons.BadMac)]
    [InlineData(ReversalReasons.Armed)]
    public void A_sale_with_no_answer_has_its_reversal_made_due_and_stays_pending(string reason)
    {
        var due = Of(PendingSale()).ReversalDue(reason);

        due.Status.Should().Be(TransactionStatus.Pending);
        due.ReversalState.Should().Be(ReversalState.Due);
        due.ReversalReason.Should().Be(reason);
        due.ReversalAttempts.Should().Be(0);
    }

    // ── The reversal ──

    [Fact]
    public void An_acknowledged_reversal_makes_it_reversed_and_counts_the_attempt()
    {
        var reversed = Of(SaleReversalDue()).Reversed();

        reversed.Status.Should().Be(TransactionStatus.Reversed);
        reversed.ReversalState.Should().Be(ReversalState.Done);
        reversed.ReversalAttempts.Should().Be(1);
    }

    [Fact]
    public void An_unanswered_attempt_is_counted_and_the_reversal_stays_due()
    {
        var once = Of(SaleReversalDue()).ReversalAttemptFailed();
        var twice = Of(once).ReversalAttemptFailed();

        twice.Status.Should().Be(TransactionStatus.Pending);
        twice.ReversalState.Should().Be(ReversalState.Due);
        twice.ReversalReason.Should().Be("98");
        twice.ReversalAttempts.Should().Be(2);
    }

    [Fact]
    public void A_reversal_given_up_leaves_the_transaction_unknown()
    {
        var givenUp = Of(Of(SaleReversalDue()).ReversalAttemptFailed()).ReversalGivenUp();

        givenUp.Status.Should().Be(TransactionStatus.Unknown);
        givenUp.ReversalState.Should().Be(ReversalState.Failed);
        givenUp.ReversalAttempts.Should().Be(2);
    }

    [Fact]
    public void A_reversal_can_be_acknowledged_after_attempts_that_went_unanswered() =>
        Of(Of(SaleReversalDue()).ReversalAttemptFailed()).Reversed().ReversalAttempts.Should().Be(2);

    // ── A void ──

    [Fact]
    public void An_approved_sale_is_voided_with_the_approval_of_its_void()
    {
        var sale = ApprovedSale();
        var approvedVoid = Of(PendingVoid()).Approved(Approval);

        var voided = Of(sale).Voided(approvedVoid);

        voided.Status.Should().Be(TransactionStatus.Voided);
        voided.Should().Be(sale with { Status = TransactionStatus.Voided }, "nothing else of the sale changes");
    }

    // ── Refused ──

    [Fact]
    public void Declined_then_approved_is_refused() =>
        Refusal(() => Of(DeclinedSale()).Approved(Approval))
            .WithMessage("Sale voucher 000012: cannot go from DECLINED to APPROVED: *");

    [Fact]
    public void Approved_twice_is_refused() =>
        Refusal(() => Of(ApprovedSale()).Approved(Approval)).WithMessage("*from APPROVED to APPROVED*");

    [Fact]
    public void Approved_on_a_refusal_code_is_refused() =>
        Refusal(() => Of(PendingSale()).Approved(Answer("51"))).WithMessage("*to APPROVED: the host answered 51, not 00");

    [Fact]
    public void Declined_on_an_approval_is_refused() =>
        Refusal(() => Of(PendingSale()).Declined(Approval)).WithMessage("*to DECLINED: the host approved it");

    [Fact]
    public void An_answer_once_the_reversal_is_due_is_refused() =>
        Refusal(() => Of(SaleReversalDue()).Approved(Approval)).WithMessage("*from PENDING, reversal Due to APPROVED*");

    [Fact]
    public void Not_sent_after_an_approval_is_refused() =>
        Refusal(() => Of(ApprovedSale()).NotSent()).WithMessage("*from APPROVED to DECLINED (not sent)*");

    [Fact]
    public void Unknown_for_a_sale_whose_reversal_is_armed_is_refused() =>
        Refusal(() => Of(PendingSale()).Unknown()).WithMessage("*from PENDING, reversal Armed to UNKNOWN: its reversal is armed*");

    [Fact]
    public void A_reversal_made_due_for_a_refund_is_refused() =>
        Refusal(() => Of(PendingRefund()).ReversalDue(ReversalReasons.Timeout)).WithMessage("Refund voucher 000012: cannot go from PENDING to reversal 98 due*");

    [Fact]
    public void A_reversal_made_due_twice_is_refused() =>
        Refusal(() => Of(SaleReversalDue()).ReversalDue(ReversalReasons.Timeout)).WithMessage("*from PENDING, reversal Due to reversal 98 due*");

    [Fact]
    public void Approved_to_reversed_without_a_due_reversal_is_refused() =>
        Refusal(() => Of(ApprovedSale()).Reversed()).WithMessage("Sale voucher 000012: cannot go from APPROVED to REVERSED: *");

    [Fact]
    public void An_armed_reversal_that_was_never_made_due_cannot_be_acknowledged() =>
        Refusal(() => Of(PendingSale()).Reversed()).WithMessage("*from PENDING, reversal Armed to REVERSED*");

    [Fact]
    public void A_reversal_attempt_on_a_refund_is_refused() =>
        Refusal(() => Of(PendingRefund()).ReversalAttemptFailed()).WithMessage("Refund voucher 000012: cannot go from PENDING to another reversal attempt*");

    [Fact]
    public void Reversed_twice_is_refused() =>
        Refusal(() => Of(Of(SaleReversalDue()).Reversed()).Reversed()).WithMessage("*from REVERSED, reversal Done to REVERSED*");

    [Fact]
    public void Giving_up_a_reversal_already_acknowledged_is_refused() =>
        Refusal(() => Of(Of(SaleReversalDue()).Reversed()).ReversalGivenUp()).WithMessage("*from REVERSED, reversal Done to UNKNOWN (reversal given up)*");

    [Fact]
    public void A_declined_sale_cannot_be_voided() =>
        Refusal(() => Of(DeclinedSale()).Voided(Of(PendingVoid()).Approved(Approval))).WithMessage("*from DECLINED to VOIDED: only an approved sale*");

    [Fact]
    public void A_sale_cannot_be_voided_by_a_void_the_host_has_not_approved() =>
        Refusal(() => Of(ApprovedSale()).Voided(PendingVoid())).WithMessage("*to VOIDED: the void is Void Pending, not an approved void");

    [Fact]
    public void A_sale_cannot_be_voided_by_the_void_of_another_sale() =>
        Refusal(() => Of(ApprovedSale()).Voided(Of(PendingVoid() with { OrigVoucher = 11 }).Approved(Approval)))
            .WithMessage("*to VOIDED: the void is of voucher 000011 batch 000003");

    [Fact]
    public void A_void_itself_cannot_be_voided() =>
        Refusal(() => Of(Of(PendingVoid()).Approved(Approval)).Voided(Of(PendingVoid()).Approved(Approval)))
            .WithMessage("Void voucher 000013: cannot go from APPROVED to VOIDED*");

    [Fact]
    public void What_it_says_of_itself_names_the_card_only_masked() =>
        Of(SaleReversalDue()).ToString().Should().Be("Sale voucher 000012 batch 000003 PENDING, reversal Due 622202*********3446 123.45");

    private static FluentAssertions.Specialized.ExceptionAssertions<InvalidOperationException> Refusal(Func<TransactionRecord> transition) =>
        transition.Should().Throw<InvalidOperationException>();
}
