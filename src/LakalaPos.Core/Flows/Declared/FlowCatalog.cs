using LakalaPos.Core.Flows.Cashiers;
using LakalaPos.Core.Flows.Menus;
using LakalaPos.Core.Flows.Orders;
using LakalaPos.Core.Flows.Setup;

namespace LakalaPos.Core.Flows.Declared;

/// <summary>Every declared flow and menu, in the order docs/flows.md shows them.</summary>
public static class FlowCatalog
{
    public static IReadOnlyList<IFlowDeclaration> All =>
    [
        FirstBootPasswordsActivity.Flow,
        SignInActivity.Flow,
        MainMenu.Menu,
        SaleActivity.Flow,
        VoidActivity.Flow,
        RefundChoiceActivity.Flow,
        RefundActivity.Flow,
        OrderRefundActivity.Flow,
        BalanceInquiryActivity.Flow,
        TransactionQueryActivity.Flow,
        SettlementActivity.Flow,
        ReprintActivity.Flow,
        OperatorPasswordActivity.Flow,
        OperatorsMenu.Menu,
        OperatorEditActivity.Flow,
        .. SystemMenu.Menus,
        ParameterEditActivity.Flow,
    ];
}
