using CollectiveDismissal.Domain.Cases;
using static CollectiveDismissal.Domain.Rules.CaseRuleViolation;

namespace CollectiveDismissal.Domain.Participants;

public sealed record RecordJob(DateOnly StartsOn, string EmployerName, ContractType ContractType, int? ContractMonths, decimal? WorkTimeFraction,
    Guid JobId);

public static partial class ParticipantDecider
{
    public static JobFound Decide(DismissalCase current, Participant p, RecordJob cmd)
    {
        EnsureActive(current, p, cmd.StartsOn);
        RequireAccepted(p, "job.needs-acceptance", "A job");
        Require(cmd.ContractType != ContractType.FixedTerm || cmd.ContractMonths is > 0, "job.fixed-term-needs-months",
            "A fixed-term contract needs its length in months.");
        Require(cmd.StartsOn >= p.EnrolledOn, "job.before-enrolment", $"A job starts on or after enrolment ({p.EnrolledOn:yyyy-MM-dd}).");
        if (p.JobList() is { Count: > 0 } jobs && jobs[^1] is var last)
        {
            Require(last.StillEmployed is false, "job.already-employed",
                last.AftercareOpen()
                    ? $"The participant has a job since {last.StartsOn:yyyy-MM-dd}; close its aftercare with \"not still employed\" first."
                    : $"The participant was still employed when the aftercare closed on {last.AftercareClosedOn:yyyy-MM-dd}.");
            Require(cmd.StartsOn > last.AftercareClosedOn!.Value, "job.before-previous-ended",
                $"A new job starts after the previous one's aftercare closed ({last.AftercareClosedOn:yyyy-MM-dd}).");
        }
        return new(current.Id, p.Id, cmd.StartsOn, cmd.EmployerName, cmd.ContractType, cmd.ContractMonths, cmd.WorkTimeFraction, cmd.JobId);
    }
}
