namespace LakalaPos.Ecr.Messages;

/// <summary>The wire's upper-case words for request types and results.</summary>
public static class WireNames
{
    public static string Of(RegisterRequestType type) => type.ToString().ToUpperInvariant();

    public static RegisterRequestType? RequestType(string text) => text switch
    {
        "SALE" => RegisterRequestType.Sale,
        "REFUND" => RegisterRequestType.Refund,
        "VOID" => RegisterRequestType.Void,
        "QUERY" => RegisterRequestType.Query,
        _ => null,
    };

    public static string Of(AnswerResult result) => result.ToString().ToUpperInvariant();

    public static AnswerResult? Result(string text) => text switch
    {
        "APPROVED" => AnswerResult.Approved,
        "DECLINED" => AnswerResult.Declined,
        "ERROR" => AnswerResult.Error,
        _ => null,
    };

    /// <summary>A name in upper snake case: OrderUsed → ORDER_USED.</summary>
    public static string UpperSnake(string pascal)
    {
        var text = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
                text.Append('_');
            text.Append(char.ToUpperInvariant(pascal[i]));
        }
        return text.ToString();
    }
}
