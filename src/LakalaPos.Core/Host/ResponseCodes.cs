namespace LakalaPos.Core.Host;

/// <summary>The texts shown for host response codes (spec section 9).</summary>
public static class ResponseCodes
{
    private static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["00"] = "交易成功",
        ["05"] = "持卡人认证失败",
        ["12"] = "无效交易",
        ["13"] = "无效金额",
        ["14"] = "无效卡号",
        ["22"] = "超出交易允许天数",
        ["25"] = "找不到原始交易",
        ["51"] = "余额不足",
        ["54"] = "过期卡",
        ["55"] = "密码错误",
        ["64"] = "金额与原交易不符",
        ["75"] = "密码错误次数超限",
        ["94"] = "重复交易",
        ["96"] = "系统故障",
        ["A0"] = "MAC校验错,请重新签到",
    };

    /// <summary>The text for a code; unknown codes show "交易失败" (the code itself is shown beside it).</summary>
    public static string TextOf(string code) => Texts.TryGetValue(code, out var t) ? t : "交易失败";
}
