using CollectiveDismissal.Domain.Cases;

namespace CollectiveDismissal.Domain.Participants;

public sealed record VoidJob(Guid JobId, string Reason);

public static partial class ParticipantDecider
{
    /// <summary>
    /// A job recorded by mistake stops counting, with its aftercare closure. Any job can go: the jobs left still follow
    /// one another (each earlier one lost before the next started, step 13), and the participant's status follows the
    /// job that is current without it.
    /// </summary>
    public static JobVoided Decide(DismissalCase current, Participant p, VoidJob cmd)
    {
        EnsureCanVoid(current, p, cmd.JobId, "job");
        var job = p.JobList().SingleOrDefault(j => j.Id == cmd.JobId) ?? throw UnknownEntry("job", cmd.JobId);
        return new(current.Id, p.Id, job.Id, cmd.Reason);
    }
}
