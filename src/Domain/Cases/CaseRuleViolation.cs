namespace CollectiveDismissal.Domain.Cases;

/// <summary>A rule of the domain refuses a command in the case's current state.</summary>
/// <param name="Rule">A stable code naming the rule, e.g. <c>consultation.needs-a-meeting</c>.</param>
public sealed class CaseRuleViolation(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
