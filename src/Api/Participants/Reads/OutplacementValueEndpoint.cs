using Microsoft.AspNetCore.Mvc;

namespace CollectiveDismissal.Api.Participants.Reads;

/// <summary>The outplacement value for one participant (R30, R35 in docs/domain-rules.md). Nothing is stored: the salary is given by the caller.</summary>
public sealed record OutplacementValueView(
    decimal? AnnualSalary,
    decimal WorkTimeFraction,
    decimal? OutplacementValue,
    decimal MinimumValue,
    decimal MaximumValue,
    decimal HoursFollowed,
    int CompletedPhases,
    decimal ParticipantPremium,
    int DaysOwedOnSwitchToIndemnity,
    TerminationMode TerminationMode);

public static class OutplacementValueEndpoint
{
    /// <summary>
    /// For project managers: the general-regime value of the outplacement (one twelfth of <c>annualSalary</c>, the
    /// previous year's, between 1,800 and 5,500 euro scaled by <c>workTimeFraction</c>), the participant's premium
    /// (70 euro per completed 20-hour phase, at most 210) and the days the employer owes when switching from worked
    /// notice to an indemnity (<c>ceil(28 − X/60 × 28)</c>, nothing after 40 hours), from the hours logged so far.
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/participants/{participantId}/outplacement-value"), Authorize(Policy = Policies.WriteCases), Tags("Participants"), ProducesResponseType<OutplacementValueView>(200)]
    public static async Task<IResult> Get(Guid caseId, Guid participantId, IQuerySession session, CancellationToken ct,
        decimal? annualSalary = null, decimal workTimeFraction = 1m)
    {
        var errors = new ValidationErrors();
        if (annualSalary is < 0 or > 10_000_000) errors.Add("annualSalary", "From 0 to 10,000,000 euro.");
        if (workTimeFraction is <= 0 or > 1) errors.Add("workTimeFraction", "More than 0 and at most 1 (full time).");
        if (errors.Any) return Problems.Validation(errors.ToDictionary());
        var participant = await session.LoadAsync<Participant>(participantId, ct);
        if (participant is null || participant.CaseId != caseId) return Problems.NotFound($"No participant {participantId} in case {caseId}.");

        var hours = participant.DeliveredHours();
        var (minimum, maximum) = OutplacementArithmetic.ValueBounds(workTimeFraction);
        return TypedResults.Ok(new OutplacementValueView(annualSalary, workTimeFraction,
            annualSalary is { } salary ? OutplacementArithmetic.OutplacementValue(salary, workTimeFraction) : null,
            minimum, maximum, hours, OutplacementArithmetic.CompletedPhases(hours),
            OutplacementArithmetic.ParticipantPremium(hours), OutplacementArithmetic.DaysOwedOnSwitchToIndemnity(hours),
            participant.TerminationMode));
    }
}
