using CollectiveDismissal.Domain.Cases;

namespace CollectiveDismissal.Domain.Reports;

public sealed record CouncilMeeting(DateOnly HeldOn, int QuestionsReceived, int QuestionsAnswered);

public sealed record PreTrajectorySession(DateOnly HeldOn, PreTrajectoryActivity Kind, int Attendees);

public sealed record StakeholderMeeting(DateOnly HeldOn, StakeholderParty Party);

/// <summary>
/// The case's process as an eindverslag tells it (as the model eindverslag the project started from does: the works council's meetings, the TWC's meetings where the SPOC
/// reports, the information sessions, workshops and job hunting of the pre-trajectory, the consultations with the social
/// intervention adviser and the sector funds), each with its business date, in the order recorded, so that a report
/// counts those held on or before its date. Kept in <c>CaseDetails</c> and folded from the stream by the evidence, with
/// the same functions.
/// </summary>
public sealed record CaseProcess(
    IReadOnlyList<CouncilMeeting> WorksCouncilMeetings,
    IReadOnlyList<DateOnly> TwcMeetings,
    IReadOnlyList<PreTrajectorySession> PreTrajectoryActivities,
    IReadOnlyList<StakeholderMeeting> StakeholderConsultations)
{
    public static readonly CaseProcess None = new([], [], [], []);

    public CaseProcess With(WorksCouncilConsulted e) => this with
    {
        WorksCouncilMeetings = [.. WorksCouncilMeetings, new CouncilMeeting(e.HeldOn, e.QuestionsReceived, e.QuestionsAnswered)]
    };

    public CaseProcess With(TwcMeetingHeld e) => this with { TwcMeetings = [.. TwcMeetings, e.HeldOn] };

    public CaseProcess With(InformationSessionHeld e) => this with
    {
        PreTrajectoryActivities = [.. PreTrajectoryActivities, new PreTrajectorySession(e.HeldOn, e.Kind, e.Attendees)]
    };

    public CaseProcess With(StakeholderConsulted e) => this with
    {
        StakeholderConsultations = [.. StakeholderConsultations, new StakeholderMeeting(e.HeldOn, e.Party)]
    };

    /// <summary>Folds one event of the case's stream, as the projection does; other events change nothing.</summary>
    public static CaseProcess Evolve(CaseProcess state, object @event) => @event switch
    {
        WorksCouncilConsulted e => state.With(e),
        TwcMeetingHeld e => state.With(e),
        InformationSessionHeld e => state.With(e),
        StakeholderConsulted e => state.With(e),
        _ => state
    };

    /// <summary>
    /// What was held on or before <paramref name="asOf"/>: per activity its count and dates (in date order), the works
    /// council's questions, the pre-trajectory's attendees; every kind of activity and every party listed, 0 included.
    /// </summary>
    public ProcessFigures AsOf(DateOnly asOf)
    {
        var council = WorksCouncilMeetings.Where(m => m.HeldOn <= asOf).ToList();
        var twc = TwcMeetings.Where(d => d <= asOf).ToList();
        return new ProcessFigures(
            new WorksCouncilFigures(council.Count, Dates(council.Select(m => m.HeldOn)),
                council.Sum(m => m.QuestionsReceived), council.Sum(m => m.QuestionsAnswered)),
            new MeetingFigures(twc.Count, Dates(twc)),
            Enum.GetValues<PreTrajectoryActivity>().Select(kind =>
            {
                var held = PreTrajectoryActivities.Where(s => s.Kind == kind && s.HeldOn <= asOf).ToList();
                return new PreTrajectoryFigures(kind, held.Count, held.Sum(s => s.Attendees), Dates(held.Select(s => s.HeldOn)));
            }).ToList(),
            Enum.GetValues<StakeholderParty>().Select(party =>
            {
                var held = StakeholderConsultations.Where(c => c.Party == party && c.HeldOn <= asOf).ToList();
                return new ConsultationFigures(party, held.Count, Dates(held.Select(c => c.HeldOn)));
            }).ToList());
    }

    private static IReadOnlyList<DateOnly> Dates(IEnumerable<DateOnly> dates) => dates.Order().ToList();
}

public sealed record WorksCouncilFigures(int Count, IReadOnlyList<DateOnly> Dates, int QuestionsReceived, int QuestionsAnswered);

public sealed record MeetingFigures(int Count, IReadOnlyList<DateOnly> Dates);

public sealed record PreTrajectoryFigures(PreTrajectoryActivity Kind, int Count, int Attendees, IReadOnlyList<DateOnly> Dates);

public sealed record ConsultationFigures(StakeholderParty Party, int Count, IReadOnlyList<DateOnly> Dates);

/// <summary>The report's process section: what was held on or before the report's date (<see cref="CaseProcess.AsOf"/>).</summary>
public sealed record ProcessFigures(
    WorksCouncilFigures WorksCouncilMeetings,
    MeetingFigures TwcMeetings,
    IReadOnlyList<PreTrajectoryFigures> PreTrajectoryActivities,
    IReadOnlyList<ConsultationFigures> StakeholderConsultations);
