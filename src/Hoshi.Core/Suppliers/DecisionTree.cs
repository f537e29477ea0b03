namespace Hoshi.Core.Suppliers;

/// <summary>
/// METI's model decision tree for the ★ a buyer asks of a supplier: ★4 if any of the three questions is yes,
/// otherwise ★3, after which the buyer weighs other factors and may still decide ★4.
/// </summary>
public static class DecisionTree
{
    /// <param name="handlesConfidentialInformation">(1) The buyer's important confidential information is handled on the supplier's IT.</param>
    /// <param name="stopWouldDisruptBuyer">(2) A stop at the supplier would delay the buyer unacceptably (scope of impact, other sources, stock).</param>
    /// <param name="canReachBuyerSystems">(3) The supplier's environment can reach the buyer's internal systems.</param>
    public static int Propose(bool handlesConfidentialInformation, bool stopWouldDisruptBuyer, bool canReachBuyerSystems) =>
        handlesConfidentialInformation || stopWouldDisruptBuyer || canReachBuyerSystems ? 4 : 3;
}
