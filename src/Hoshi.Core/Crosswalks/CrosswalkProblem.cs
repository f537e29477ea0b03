namespace Hoshi.Core.Crosswalks;

/// <summary>One thing a crosswalk file says wrongly of its catalogs: where in the file (a JSON path) and why.</summary>
public sealed record CrosswalkProblem(string JsonPath, string Reason)
{
    public override string ToString() => $"{JsonPath}: {Reason}";
}
