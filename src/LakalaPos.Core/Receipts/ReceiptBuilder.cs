namespace LakalaPos.Core.Receipts;

/// <summary>
/// Lays out a transaction receipt (签购单) in the order of the terminal spec, section 8:
/// header, merchant block, transaction block, the register order's goods (when there is an
/// order, see <see cref="ReceiptOrderLines"/>), 备注, and on the merchant copy the signature.
/// </summary>
public static class ReceiptBuilder
{
    /// <exception cref="ArgumentException">The data cannot make a valid slip; the message names the field.</exception>
    public static Receipt Build(ReceiptData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ReceiptDataRules.Check(data);

        var lines = new List<ReceiptLine>
        {
            new CenteredLine(data.Title),
            new CenteredLine(data.Copy.PrintedName()),
        };
        // Markers go at the top, where nobody can miss or tear them off with the signature.
        if (data.Reprint)
            lines.Add(new CenteredLine(ReceiptTexts.ReprintMarker));
        if (data.TestProfile)
            lines.Add(new CenteredLine(ReceiptTexts.TestMarker));

        lines.Add(new SeparatorLine());
        lines.Add(new FieldLine(ReceiptLabels.MerchantName, data.MerchantName));
        lines.Add(new FieldLine(ReceiptLabels.MerchantNo, data.MerchantNo));
        lines.Add(new FieldLine(ReceiptLabels.TerminalNo, data.TerminalNo));
        lines.Add(new FieldLine(ReceiptLabels.OperatorNo, data.OperatorNo));

        lines.Add(new SeparatorLine());
        lines.Add(new FieldLine(ReceiptLabels.CardNo, ReceiptFormats.CardNumber(data.MaskedPan, data.EntryMode), ValueOnOwnLine: true));
        lines.Add(new FieldLine(ReceiptLabels.TransactionType, ReceiptTexts.TypeName(data.Type)));
        lines.Add(new FieldLine(ReceiptLabels.ExpiryDate, ReceiptFormats.Expiry(data.ExpiryYyMm)));
        lines.Add(new FieldLine(ReceiptLabels.BatchNo, ReceiptFormats.SixDigits(data.Batch)));
        lines.Add(new FieldLine(ReceiptLabels.VoucherNo, ReceiptFormats.SixDigits(data.Voucher)));
        lines.Add(new FieldLine(ReceiptLabels.AuthCode, data.AuthCode ?? ""));
        lines.Add(new FieldLine(ReceiptLabels.ReferenceNo, data.ReferenceNo ?? ""));
        lines.Add(new FieldLine(ReceiptLabels.DateTime, ReceiptFormats.Timestamp(data.LocalTime)));
        lines.Add(new FieldLine(ReceiptLabels.Amount, Amount(data), ValueOnOwnLine: true));

        if (data.OrderNo is not null)
        {
            lines.Add(new SeparatorLine());
            lines.AddRange(ReceiptOrderLines.Of(data));
        }

        lines.Add(new SeparatorLine());
        lines.Add(new TextLine(ReceiptLabels.Remarks));
        lines.AddRange(data.Remarks.Select(remark => new TextLine(remark)));

        if (data.Copy == ReceiptCopy.Merchant)
        {
            lines.Add(new SeparatorLine());
            lines.Add(new SignatureLine(ReceiptTexts.SignatureCaption));
            lines.Add(new TextLine(ReceiptTexts.CardholderStatement));
        }

        // A test slip says so at both ends: half of a torn slip must not pass for a voucher.
        if (data.TestProfile)
            lines.Add(new CenteredLine(ReceiptTexts.TestMarker));
        return new Receipt(lines);
    }

    /// <summary>"RMB 12.34"; voids and refunds "RMB -12.34" unless the sign is turned off.</summary>
    public static string Amount(ReceiptData data) =>
        ReceiptFormats.Amount(data.AmountFen, ReceiptFormats.IsCredit(data.Type) && data.NegativeSignOnCredits);
}
