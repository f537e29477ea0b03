namespace Hoshi.Data.Commands;

/// <summary>Who makes a change, as written into the audit log (a user name, or "cli:&lt;os user&gt;").</summary>
public sealed record Actor(string Name)
{
    public override string ToString() => Name;
}
