using LakalaPos.Core.Host;
using LakalaPos.Core.Journal;
using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Ecr;

/// <summary>
/// The register's answers, built one way: a refusal from its reason, a transaction's answer from
/// its journal record — the same whether the record was just written or is found again after a
/// power cut, so asking again always gets the same answer.
/// </summary>
public static class EcrAnswers
{
    /// <summary>ERROR for <paramref name="reason"/>: nothing was done (or, for NoAnswer, the outcome is not known here).</summary>
    public static EcrAnswer Error(EcrRequest request, EcrReason reason, string language) => new()
    {
        RequestId = request.RequestId,
        Kind = request.Kind,
        OrderNo = request.OrderNo,
        Result = EcrResult.Error,
        Reason = reason,
        Message = Texts.Of(language, PhraseOf(reason)),
    };

    /// <summary>
    /// The answer a transaction's record gives: approved (or voided since) → APPROVED; declined by
    /// the host → DECLINED with its code; not sent → ERROR NOT_SENT; no answer and reversed →
    /// DECLINED NO_ANSWER with the reversal's reason as the code; no answer and the reversal not yet
    /// acknowledged → ERROR NO_ANSWER, an answer that is not final (<see cref="IsFinal"/>); no answer
    /// and not reversible, or the reversal given up → ERROR NO_ANSWER.
    /// </summary>
    public static EcrAnswer Of(EcrRequestKind kind, string requestId, string orderNo, TransactionRecord record, string language)
    {
        var answer = new EcrAnswer
        {
            RequestId = requestId,
            Kind = kind,
            OrderNo = orderNo,
            Result = EcrResult.Error,
            AmountFen = record.AmountFen,
            Voucher = record.Voucher,
            Batch = record.Batch,
            MaskedPan = record.MaskedPan,
            LocalTime = record.LocalTime,
            Rrn = record.Rrn,
            AuthCode = record.AuthCode,
            ResponseCode = record.ResponseCode,
        };
        return record switch
        {
            { Status: TransactionStatus.Approved or TransactionStatus.Voided } =>
                answer with { Result = EcrResult.Approved, Message = Texts.Of(language, Phrase.Approved) },
            { Status: TransactionStatus.Declined, ResponseCode: { } code } =>
                answer with { Result = EcrResult.Declined, Message = ResponseCodes.TextOf(code, language) },
            { Status: TransactionStatus.Declined } =>
                answer with { Reason = EcrReason.NotSent, Message = Texts.Of(language, PhraseOf(EcrReason.NotSent)) },
            { Status: TransactionStatus.Reversed } =>
                answer with
                {
                    Result = EcrResult.Declined, Reason = EcrReason.NoAnswer, ResponseCode = record.ReversalReason,
                    Message = Texts.Of(language, Phrase.HostTimeout),
                },
            { Status: TransactionStatus.Pending, ReversalState: ReversalState.Armed or ReversalState.Due } =>
                answer with { Reason = EcrReason.NoAnswer, ResponseCode = record.ReversalReason, Message = Texts.Of(language, Phrase.EcrReversalPending) },
            { ReversalState: ReversalState.Failed } =>
                answer with { Reason = EcrReason.NoAnswer, ResponseCode = record.ReversalReason, Message = Texts.Of(language, Phrase.ReversalFailed) },
            _ => answer with { Reason = EcrReason.NoAnswer, Message = Texts.Of(language, Phrase.EcrNoAnswerRefund) },
        };
    }

    /// <summary>Whether the record's answer can change no more: anything but a transaction still pending (out, or its reversal due).</summary>
    public static bool IsFinal(TransactionRecord record) => record.Status != TransactionStatus.Pending;

    /// <summary>A query's answer: the order's sale as <see cref="Of"/> gives it, with its status and its lines; ERROR NO_ORDER without a sale.</summary>
    public static EcrAnswer Query(EcrRequest request, OrderState order, string language) =>
        order.Sale is not { } sale
            ? Error(request, EcrReason.NoOrder, language)
            : Of(request.Kind, request.RequestId, request.OrderNo, sale, language) with { SaleStatus = sale.Status, Lines = order.Lines };

    public static Phrase PhraseOf(EcrReason reason) => reason switch
    {
        EcrReason.Busy => Phrase.EcrBusy,
        EcrReason.Invalid => Phrase.EcrInvalid,
        EcrReason.OrderUsed => Phrase.EcrOrderUsed,
        EcrReason.NoOrder => Phrase.EcrNoOrder,
        EcrReason.NoItem => Phrase.EcrNoItem,
        EcrReason.AlreadyRefunded => Phrase.EcrAlreadyRefunded,
        EcrReason.OverLimit => Phrase.RefundAmountOverLimit,
        EcrReason.NotVoidable => Phrase.OriginalNotVoidable,
        EcrReason.Cancelled => Phrase.TransactionCancelled,
        EcrReason.NotSent => Phrase.NetworkDown,
        EcrReason.NoAnswer => Phrase.HostTimeout,
        EcrReason.Interrupted => Phrase.EcrInterrupted,
        _ => Phrase.Declined,
    };
}
