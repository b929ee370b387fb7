using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Reports;

/// <summary>A participant's status at the date and the sequence numbers of the events that decided it.</summary>
public sealed record StatusEvidenceItem(Guid ParticipantId, ParticipantStatus Status, IReadOnlyList<long> DecidedBy);

/// <summary>
/// Folds a case's events, with their sequence numbers, into its participants, remembering which event recorded each
/// fact the status rules read: the enrolment, the decision (or its correction), the departure, each job and each aftercare
/// closure, by the job's id. A voided entry is gone from the participant, so it decides nothing; a closure voided and then
/// recorded again is named by its latest event.
/// </summary>
public sealed class StatusEvidence
{
    private sealed class Facts
    {
        public Participant? State;
        public long Enrolled;
        public long? Decision;
        public long? Departure;
        public readonly Dictionary<Guid, long> Jobs = [];
        public readonly Dictionary<Guid, long> Aftercare = [];
    }

    private readonly Dictionary<Guid, Facts> _facts = new();

    public static StatusEvidence Fold(IEnumerable<(long Sequence, object Data)> events)
    {
        var evidence = new StatusEvidence();
        foreach (var (sequence, data) in events)
        {
            if (data is not IParticipantEvent e) continue;
            var facts = evidence._facts.TryGetValue(e.ParticipantId, out var known) ? known : evidence._facts[e.ParticipantId] = new Facts();
            var before = facts.State;
            facts.State = Participant.Evolve(facts.State, data);
            switch (data)
            {
                case ParticipantEnrolled: facts.Enrolled = sequence; break;
                case OutplacementAccepted or OutplacementDeclined or OutplacementDecisionCorrected: facts.Decision = sequence; break;
                case ParticipantLeft: facts.Departure = sequence; break;
                case JobFound: facts.Jobs[facts.State!.JobList()[^1].Id] = sequence; break;
                case AftercareClosed: facts.Aftercare[before!.JobList()[^1].Id] = sequence; break;
            }
        }
        return evidence;
    }

    public IEnumerable<Participant> Participants => _facts.Values.Select(f => f.State).OfType<Participant>();

    /// <summary>
    /// Left: the enrolment and the departure. Declined: the enrolment and the decision. Employed: the enrolment, the
    /// current job and, when closed by then, its aftercare closure. Searching: the enrolment and, after a lost job,
    /// that job and the closure that ended it.
    /// </summary>
    public StatusEvidenceItem At(Guid participantId, DateOnly asOf)
    {
        var facts = _facts[participantId];
        var p = facts.State!;
        var status = p.StatusAt(asOf) ?? throw new ArgumentException($"Participant {participantId} is not enrolled on {asOf}.", nameof(asOf));
        var decidedBy = new List<long> { facts.Enrolled };
        switch (status)
        {
            case ParticipantStatus.Left: decidedBy.Add(facts.Departure!.Value); break;
            case ParticipantStatus.Declined: decidedBy.Add(facts.Decision!.Value); break;
            default:
                if (p.CurrentJobAt(asOf) is { } job)
                {
                    decidedBy.Add(facts.Jobs[job.Id]);
                    if (job.AftercareClosedOn <= asOf && facts.Aftercare.TryGetValue(job.Id, out var closure)) decidedBy.Add(closure);
                }
                break;
        }
        return new StatusEvidenceItem(participantId, status, decidedBy);
    }
}
