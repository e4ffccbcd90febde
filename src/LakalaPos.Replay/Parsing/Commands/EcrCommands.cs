namespace LakalaPos.Replay.Parsing.Commands;

/// <summary>A sale line from the cash register: <c>"name:qty:price"</c>.</summary>
public sealed record EcrSaleItem(string Name, int Quantity, long PriceFen);

/// <summary>A refund line from the cash register: <c>"name:qty"</c>.</summary>
public sealed record EcrRefundItem(string Name, int Quantity);

public sealed record EcrSaleCommand(string Order, IReadOnlyList<EcrSaleItem> Items) : ActionCommand
{
    public override string Keyword => "ecr sale";
}

public sealed record EcrRefundCommand(string Order, IReadOnlyList<EcrRefundItem> Items) : ActionCommand
{
    public override string Keyword => "ecr refund";
}

public sealed record EcrVoidCommand(string Order) : ActionCommand
{
    public override string Keyword => "ecr void";
}

public sealed record EcrQueryCommand(string Order) : ActionCommand
{
    public override string Keyword => "ecr query";
}

/// <summary><c>expect ecr FIELD=VALUE...</c>; fields: result, voucher, rrn, amount, code.</summary>
public sealed record ExpectEcrCommand(IReadOnlyList<FieldExpectation> Fields) : CheckCommand
{
    public override string Keyword => "expect ecr";
}
