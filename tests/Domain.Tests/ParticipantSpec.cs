using CollectiveDismissal.Domain.Cases;
using CollectiveDismissal.Domain.Participants;

namespace CollectiveDismissal.Domain.Tests;

/// <summary>
/// A case that has gone through the procedure (the worked example of docs/domain-rules.md, Conventions: a participant enrolled on 2027-01-10)
/// and one participant; given its events, when a decision, then an event or a named refusal.
/// </summary>
public static class ParticipantSpec
{
    public static readonly Guid CaseId = CaseSpec.CaseId;
    public static readonly DateOnly Today = CaseSpec.Today;
    public static readonly Guid ParticipantId = Guid.Parse("0195f000-0000-7000-8000-00000000a001");

    /// <summary>The id a command gives the entry it records (a session, a job, an extension, a departure).</summary>
    public static readonly Guid EntryId = Guid.Parse("0195f000-0000-7000-8000-00000000e001");

    public static readonly DateOnly AnnouncedOn = new(2026, 10, 1);
    public static readonly DateOnly NotifiedOn = new(2026, 11, 5);
    public static readonly DateOnly WaitingPeriodEnd = new(2026, 12, 5);
    public static readonly DateOnly TwcOpenedOn = new(2026, 11, 10);
    public static readonly DateOnly DismissedOn = new(2026, 12, 6);
    public static readonly DateOnly ContractEndsOn = new(2027, 1, 9);
    public static readonly DateOnly EnrolledOn = new(2027, 1, 10);

    public static readonly object[] Procedure =
    [
        CaseSpec.Prepared,
        new IntentionAnnounced(CaseId, AnnouncedOn, InformedBody.WorksCouncil),
        new WorksCouncilConsulted(CaseId, new DateOnly(2026, 10, 5), null, 0, 0),
        new ConsultationClosed(CaseId, new DateOnly(2026, 11, 2)),
        new CollectiveDismissalNotified(CaseId, NotifiedOn),
        new TwcOpened(CaseId, TwcOpenedOn, EmploymentService.VDAB, [], "spoc")
    ];

    public static Person PersonBorn(DateOnly birthDate) => new("Test Person", "00000000000", birthDate, null, null);

    /// <summary>Born 1985-07-30: 41 at the announcement, under 45.</summary>
    public static readonly DateOnly YoungerBirthDate = new(1985, 7, 30);

    /// <summary>Born 1975-03-01: 51 at the announcement.</summary>
    public static readonly DateOnly OlderBirthDate = new(1975, 3, 1);

    public static EnrollParticipant Enrol(string reference = "E-1042", DateOnly? birthDate = null, Guid? id = null,
        DateOnly? dismissedOn = null, DateOnly? contractEndsOn = null, DateOnly? enrolledOn = null) =>
        new(id ?? ParticipantId, reference, PersonBorn(birthDate ?? YoungerBirthDate), Gender.Female, ContractKind.Indefinite,
            WorkerCategory.BlueCollar, TerminationMode.Indemnity, dismissedOn ?? DismissedOn, contractEndsOn ?? ContractEndsOn,
            enrolledOn ?? EnrolledOn);

    public static ParticipantEnrolled Enrolled(int age = 41, Guid? id = null, string reference = "E-1042", DateOnly? dismissedOn = null) =>
        new(CaseId, id ?? ParticipantId, reference, Gender.Female, ContractKind.Indefinite, WorkerCategory.BlueCollar,
            TerminationMode.Indemnity, dismissedOn ?? DismissedOn, ContractEndsOn, EnrolledOn, age);

    public static OutplacementAccepted Accepted(DateOnly? on = null) => new(CaseId, ParticipantId, on ?? EnrolledOn);

    /// <summary>Without an id, an entry gets one derived from its position (<see cref="EntryIds"/>), as events stored before ids did.</summary>
    public static GuidanceSessionLogged Session(DateOnly on, decimal hours, Guid? id = null) =>
        new(CaseId, ParticipantId, on, hours, GuidanceKind.Individual, null, id ?? default);

    public static JobFound Job(DateOnly startsOn, ContractType type = ContractType.Indefinite, int? months = null, Guid? id = null) =>
        new(CaseId, ParticipantId, startsOn, "Nieuwe Werkgever", type, months, 1m, id ?? default);

    public static GivenEvents Given(params object[] participantEvents) => new([.. Procedure, .. participantEvents]);

    public static DismissalCase CaseOf(IEnumerable<object> events) =>
        events.Aggregate((DismissalCase?)null, CollectiveDismissal.Tests.CaseFold.Evolve) ?? throw new InvalidOperationException("No dossier.");

    public static Participant? ParticipantOf(IEnumerable<object> events, Guid? id = null) =>
        events.Where(e => e is not IParticipantEvent pe || pe.ParticipantId == (id ?? ParticipantId))
            .Aggregate((Participant?)null, Participant.Evolve);

    public sealed class GivenEvents(object[] events)
    {
        public DismissalCase Case => CaseOf(events);

        public Participant Participant => ParticipantOf(events) ?? throw new InvalidOperationException("No participant enrolled.");

        public CaseSpec.WhenDeciding When(Func<DismissalCase, Participant, object> decide) => new(() => decide(Case, Participant));

        public CaseSpec.WhenDeciding WhenCase(Func<DismissalCase, object> decide) => new(() => decide(Case));
    }
}
