namespace CollectiveDismissal.Api.Cases.Corrections;

public static class CancelCaseEndpoint
{
    /// <summary>
    /// Cancels a case created by mistake: it leaves the list of cases and the deadline board, stays readable by its id
    /// (<c>cancelled: true</c>) and in its history, and refuses every later command (<c>case.cancelled</c>). A closed case
    /// is reopened first.
    /// </summary>
    [WolverinePost("/api/cases/{caseId}/cancellation"), Authorize(Policy = Policies.WriteCases), Tags("Corrections")]
    public static Events Post(ReasonRequest body, [WriteCase] DismissalCase current) =>
        [CaseDecider.Decide(current, new CancelCase(body.Reason!.Trim()))];
}
