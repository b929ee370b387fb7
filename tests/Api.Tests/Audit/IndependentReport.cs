using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CollectiveDismissal.Api.Tests.Audit;

/// <summary>
/// An auditor's second implementation of the employment results report (docs/domain-rules.md, "The employment results
/// report (eindverslag)"), folded straight from a case's raw history as <c>GET /api/cases/{id}/history</c>
/// returns it: event type names and their camelCase data. On purpose it uses nothing of src/ (no event types, no
/// participant model, no projection, no rule helper): every rule below is re-read from docs/domain-rules.md and
/// the report's JSON in docs/api-guide.md (step 19), so that it can be read top to bottom against them.
/// </summary>
public static class IndependentReport
{
    // docs/api-guide.md, the report: the six departure reasons, the five contract types and the four age bands, always listed.
    private static readonly string[] DepartureReasons = ["Retired", "LongTermSick", "Deceased", "MovedAbroad", "Unreachable", "Other"];
    private static readonly string[] ContractTypes = ["Indefinite", "FixedTerm", "TemporaryAgency", "SelfEmployed", "Training"];
    private static readonly string[] AgeBands = ["<45", "45-49", "50-54", "55+"];

    // docs/domain-rules.md, hours per service: the services of CAO 82bis and Other, always listed, then Unspecified for
    // the sessions that named none.
    private static readonly string[] Services = ["PsychologicalSupport", "PersonalAndProfessionalAssessment", "JobSearchCampaign",
        "NewContractNegotiation", "IntegrationInNewJob", "LogisticAndAdministrativeSupport", "Other"];
    private const string Unspecified = "Unspecified";

    // docs/domain-rules.md step 15: these three reasons mean "not available for the labour market".
    private static readonly string[] NotAvailableForWork = ["Retired", "LongTermSick", "Deceased"];

    // docs/domain-rules.md, the process: every kind of pre-trajectory activity and every party, always listed.
    private static readonly string[] PreTrajectoryKinds = ["InformationSession", "Workshop", "JobHunting"];
    private static readonly string[] Parties = ["SocialInterventionAdviser", "SectorFund", "Union", "EmploymentService", "Other"];

    private sealed record Session(string Id, DateOnly HeldOn, decimal Hours, IReadOnlyList<string> Services, bool InGroup);

    /// <summary>One meeting, session or consultation of the case's process: what kind, when, and what it counted.</summary>
    private sealed record Activity(string Type, DateOnly HeldOn, string? Kind = null, int Attendees = 0, int QuestionsReceived = 0,
        int QuestionsAnswered = 0);

    private sealed record Extension(string Id, DateOnly DecidedOn);

    private sealed class Job(string id, DateOnly startsOn, string contractType, int? contractMonths)
    {
        public string Id { get; } = id;
        public DateOnly StartsOn { get; } = startsOn;
        public string ContractType { get; } = contractType;
        public int? ContractMonths { get; } = contractMonths;
        public DateOnly? AftercareClosedOn { get; set; }
        public bool? StillEmployed { get; set; }

        // docs/domain-rules.md step 13, R38: a durable job is Indefinite, SelfEmployed, or FixedTerm of 6 months or more.
        public bool Durable => ContractType is "Indefinite" or "SelfEmployed" || (ContractType == "FixedTerm" && ContractMonths >= 6);

        // The job was lost on or before D: its aftercare closed on or before D with "not still employed".
        public bool LostOnOrBefore(DateOnly d) => AftercareClosedOn is { } closedOn && closedOn <= d && StillEmployed == false;
    }

    /// <summary>One participant as the history tells it: only the facts the report needs.</summary>
    private sealed class Person(string id, DateOnly enrolledOn, int ageAtAnnouncement)
    {
        public string Id { get; } = id;

        /// <summary>How many entries of each kind the history recorded for the person, voided ones included.</summary>
        public Dictionary<string, int> Recorded { get; } = [];

        public DateOnly EnrolledOn { get; set; } = enrolledOn;
        public int AgeAtAnnouncement { get; } = ageAtAnnouncement;
        public DateOnly? DeclinedOn { get; set; }
        public (DateOnly On, string Reason)? Left { get; set; }
        public List<Session> Sessions { get; } = [];
        public List<Extension> Extensions { get; } = [];
        public List<Job> Jobs { get; } = [];
        public List<Session> AftercareContacts { get; } = [];

        // docs/domain-rules.md step 8: under 45, 3 months and 30 hours; 45 or older, 6 months and 60 hours.
        public bool Older => AgeAtAnnouncement >= 45;
        public int RequiredHours => Older ? 60 : 30;

        // Conventions: a period of N months from S ends on S + N months − 1 day (months date to date).
        public DateOnly MinimumPeriodEndsOn => EnrolledOn.AddMonths(Older ? 6 : 3).AddDays(-1);
        public DateOnly FrontLoadingWindowEndsOn => EnrolledOn.AddMonths(2).AddDays(-1);

        public string AgeBand => AgeAtAnnouncement switch { < 45 => "<45", < 50 => "45-49", < 55 => "50-54", _ => "55+" };

        /// <summary>The current job at D: the latest job with a start on or before D.</summary>
        public Job? CurrentJobAt(DateOnly d) => Jobs.Where(j => j.StartsOn <= d).OrderBy(j => j.StartsOn).LastOrDefault();

        /// <summary>The status at D, the first that holds: Left, Declined, Employed, Searching.</summary>
        public string StatusAt(DateOnly d)
        {
            if (Left is { } left && left.On <= d) return "left";
            if (DeclinedOn is { } declinedOn && declinedOn <= d) return "declined";
            if (CurrentJobAt(d) is { } job && !job.LostOnOrBefore(d)) return "employed";
            return "searching";
        }

        public decimal HoursHeldOnOrBefore(DateOnly d) => Sessions.Where(s => s.HeldOn <= d).Sum(s => s.Hours);

        public decimal GroupHoursHeldOnOrBefore(DateOnly d) => Sessions.Where(s => s.InGroup && s.HeldOn <= d).Sum(s => s.Hours);
    }

    public static JsonObject Derive(JsonElement history, DateOnly asOf)
    {
        var (caseId, people, activities) = Read(history);
        var d = asOf;

        // Only participants enrolled on or before D count.
        var enrolled = people.Where(p => p.EnrolledOn <= d).ToList();
        var status = enrolled.ToDictionary(p => p, p => p.StatusAt(d));
        int Count(string s) => status.Values.Count(v => v == s);

        var leftByReason = new JsonObject();
        foreach (var reason in DepartureReasons)
            leftByReason[reason] = enrolled.Count(p => status[p] == "left" && p.Left!.Value.Reason == reason);

        // Available for work = enrolled − left as Retired, LongTermSick or Deceased.
        bool Available(Person p) => !(status[p] == "left" && NotAvailableForWork.Contains(p.Left!.Value.Reason));
        var employed = enrolled.Where(p => status[p] == "employed").ToList();
        var available = enrolled.Count(Available);

        var byAgeBand = new JsonArray();
        foreach (var band in AgeBands)
        {
            var inBand = enrolled.Where(p => p.AgeBand == band).ToList();
            var bandAvailable = inBand.Count(Available);
            var bandEmployed = inBand.Count(p => status[p] == "employed");
            byAgeBand.Add(new JsonObject
            {
                ["band"] = band,
                ["enrolled"] = inBand.Count,
                ["availableForWork"] = bandAvailable,
                ["employed"] = bandEmployed,
                ["reEmploymentRate"] = Percent(bandEmployed, bandAvailable)
            });
        }

        var employedByContractType = new JsonObject();
        foreach (var type in ContractTypes)
            employedByContractType[type] = employed.Count(p => p.CurrentJobAt(d)!.ContractType == type);

        // Days to job: calendar days from enrolment to the start of the current job, Employed only.
        var daysToJob = employed.Select(p => (decimal)(p.CurrentJobAt(d)!.StartsOn.DayNumber - p.EnrolledOn.DayNumber)).Order().ToList();

        // Guidance: sessions held on or before D; the required hours with sessions inside the minimum period (3 or 6
        // months, extensions not counted); front-loading: 20 hours or more with sessions inside the first 2 months.
        var totalHours = enrolled.Sum(p => p.HoursHeldOnOrBefore(d));
        // Split by the session's kind: Group, or Individual.
        var groupHours = enrolled.Sum(p => p.GroupHoursHeldOnOrBefore(d));
        var reachedRequiredHours = enrolled.Count(p => p.HoursHeldOnOrBefore(Earlier(d, p.MinimumPeriodEndsOn)) >= p.RequiredHours);
        var frontLoaded = enrolled.Count(p => p.HoursHeldOnOrBefore(Earlier(d, p.FrontLoadingWindowEndsOn)) >= 20m);

        // Participants extended at least once, the decision dated on or before D.
        var extended = enrolled.Count(p => p.Extensions.Any(e => e.DecidedOn <= d));

        // Hours per service: the hours of every session held on or before D that named the service (a session that named
        // several counts for each); Unspecified, those of sessions that named none.
        var sessions = enrolled.SelectMany(p => p.Sessions).Where(s => s.HeldOn <= d).ToList();
        var hoursByService = new JsonObject();
        foreach (var service in Services)
            hoursByService[service] = sessions.Where(s => s.Services.Contains(service)).Sum(s => s.Hours);
        hoursByService[Unspecified] = sessions.Where(s => s.Services.Count == 0).Sum(s => s.Hours);

        // Aftercare closures (jobs, not participants) on or before D, and those of them with "still employed".
        var closures = people.SelectMany(p => p.Jobs).Where(j => j.AftercareClosedOn is { } on && on <= d).ToList();

        // Aftercare contacts (R24) held on or before D, and their hours: monitoring, not guidance.
        var contacts = enrolled.SelectMany(p => p.AftercareContacts).Where(c => c.HeldOn <= d).ToList();

        return new JsonObject
        {
            ["caseId"] = caseId,
            ["asOf"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["enrolled"] = enrolled.Count,
            ["status"] = new JsonObject
            {
                ["employed"] = Count("employed"),
                ["searching"] = Count("searching"),
                ["declined"] = Count("declined"),
                ["left"] = Count("left")
            },
            ["leftByReason"] = leftByReason,
            ["availableForWork"] = available,
            ["reEmploymentRate"] = Percent(employed.Count, available),
            ["durableReEmploymentRate"] = Percent(employed.Count(p => p.CurrentJobAt(d)!.Durable), available),
            ["byAgeBand"] = byAgeBand,
            ["employedByContractType"] = employedByContractType,
            ["daysToJob"] = new JsonObject { ["median"] = Median(daysToJob), ["mean"] = Mean(daysToJob) },
            ["guidance"] = new JsonObject
            {
                ["totalHours"] = totalHours,
                ["reachedRequiredHours"] = reachedRequiredHours,
                ["frontLoaded"] = frontLoaded,
                ["individualHours"] = totalHours - groupHours,
                ["groupHours"] = groupHours
            },
            ["extended"] = extended,
            ["aftercare"] = new JsonObject
            {
                ["closed"] = closures.Count,
                ["stillEmployed"] = closures.Count(j => j.StillEmployed == true),
                ["contacts"] = contacts.Count,
                ["contactHours"] = contacts.Sum(c => c.Hours)
            },
            ["hoursByService"] = hoursByService,
            ["process"] = Process(activities, d)
        };
    }

    /// <summary>
    /// docs/domain-rules.md, the process: the meetings, sessions and consultations held on or before D, each counted with
    /// its dates in date order; the works council's questions and the pre-trajectory's attendees summed.
    /// </summary>
    private static JsonObject Process(List<Activity> activities, DateOnly d)
    {
        List<Activity> Held(string type, string? kind = null) =>
            activities.Where(a => a.Type == type && (kind is null || a.Kind == kind) && a.HeldOn <= d).OrderBy(a => a.HeldOn).ToList();
        JsonArray Dates(List<Activity> held) =>
            new([.. held.Select(a => (JsonNode)JsonValue.Create(a.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))!)]);

        var council = Held("WorksCouncilConsulted");
        var twc = Held("TwcMeetingHeld");
        return new JsonObject
        {
            ["worksCouncilMeetings"] = new JsonObject
            {
                ["count"] = council.Count, ["dates"] = Dates(council),
                ["questionsReceived"] = council.Sum(a => a.QuestionsReceived), ["questionsAnswered"] = council.Sum(a => a.QuestionsAnswered)
            },
            ["twcMeetings"] = new JsonObject { ["count"] = twc.Count, ["dates"] = Dates(twc) },
            ["preTrajectoryActivities"] = new JsonArray([.. PreTrajectoryKinds.Select(kind =>
            {
                var held = Held("InformationSessionHeld", kind);
                return (JsonNode)new JsonObject
                {
                    ["kind"] = kind, ["count"] = held.Count, ["attendees"] = held.Sum(a => a.Attendees), ["dates"] = Dates(held)
                };
            })]),
            ["stakeholderConsultations"] = new JsonArray([.. Parties.Select(party =>
            {
                var held = Held("StakeholderConsulted", party);
                return (JsonNode)new JsonObject { ["party"] = party, ["count"] = held.Count, ["dates"] = Dates(held) };
            })])
        };
    }

    /// <summary>
    /// Reads the participants' facts and the case's process from the history, in the order it was recorded.
    /// docs/domain-rules.md, "Corrections": a void names the entry by the id its recording event carries (<c>sessionId</c>,
    /// <c>jobId</c>, <c>extensionId</c>, <c>departureId</c>) and takes it out of every figure, a job with its aftercare
    /// closure; a corrected decision or enrolment date replaces the recorded one.
    /// </summary>
    private static (string CaseId, List<Person> People, List<Activity> Activities) Read(JsonElement history)
    {
        var caseId = "";
        var byId = new Dictionary<string, Person>();
        var inOrder = new List<Person>();
        var activities = new List<Activity>();
        foreach (var entry in history.EnumerateArray())
        {
            var data = entry.GetProperty("data");
            if (caseId == "" && data.TryGetProperty("caseId", out var c)) caseId = c.GetString()!;
            var type = entry.GetProperty("type").GetString()!;
            switch (type)
            {
                case "WorksCouncilConsulted":
                    activities.Add(new Activity(type, Date(data, "heldOn"), QuestionsReceived: data.GetProperty("questionsReceived").GetInt32(),
                        QuestionsAnswered: data.GetProperty("questionsAnswered").GetInt32()));
                    continue;
                case "TwcMeetingHeld":
                    activities.Add(new Activity(type, Date(data, "heldOn")));
                    continue;
                case "InformationSessionHeld":
                    activities.Add(new Activity(type, Date(data, "heldOn"), data.GetProperty("kind").GetString(), data.GetProperty("attendees").GetInt32()));
                    continue;
                case "StakeholderConsulted":
                    activities.Add(new Activity(type, Date(data, "heldOn"), data.GetProperty("party").GetString()));
                    continue;
            }
            if (type == "ParticipantEnrolled")
            {
                var person = new Person(data.GetProperty("participantId").GetString()!, Date(data, "enrolledOn"), data.GetProperty("ageAtAnnouncement").GetInt32());
                byId[data.GetProperty("participantId").GetString()!] = person;
                inOrder.Add(person);
                continue;
            }
            if (!data.TryGetProperty("participantId", out var pid) || !byId.TryGetValue(pid.GetString()!, out var p)) continue;
            switch (type)
            {
                case "OutplacementDeclined":
                    p.DeclinedOn = Date(data, "decidedOn");
                    break;
                case "OutplacementDecisionCorrected":
                    p.DeclinedOn = data.GetProperty("accepted").GetBoolean() ? null : Date(data, "decidedOn");
                    break;
                case "EnrolmentCorrected":
                    if (data.TryGetProperty("enrolledOn", out var e) && e.ValueKind == JsonValueKind.String) p.EnrolledOn = Date(data, "enrolledOn");
                    break;
                case "GuidanceSessionLogged":
                    var services = data.TryGetProperty("services", out var named) && named.ValueKind == JsonValueKind.Array
                        ? named.EnumerateArray().Select(e => e.GetString()!).Distinct().ToList()
                        : [];
                    p.Sessions.Add(new Session(NewId(data, "sessionId", p, "session"), Date(data, "heldOn"), data.GetProperty("hours").GetDecimal(),
                        services, data.GetProperty("kind").GetString() == "Group"));
                    break;
                case "GuidanceSessionVoided":
                    p.Sessions.RemoveAll(s => s.Id == Id(data, "sessionId"));
                    break;
                case "TrajectoryExtended":
                    p.Extensions.Add(new Extension(NewId(data, "extensionId", p, "extension"), Date(data, "decidedOn")));
                    break;
                case "TrajectoryExtensionVoided":
                    p.Extensions.RemoveAll(x => x.Id == Id(data, "extensionId"));
                    break;
                case "JobFound":
                    var months = data.TryGetProperty("contractMonths", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : (int?)null;
                    p.Jobs.Add(new Job(NewId(data, "jobId", p, "job"), Date(data, "startsOn"), data.GetProperty("contractType").GetString()!, months));
                    break;
                case "JobVoided":
                    p.Jobs.RemoveAll(j => j.Id == Id(data, "jobId"));
                    break;
                case "AftercareClosureVoided":
                    var reopened = p.Jobs.Single(j => j.Id == Id(data, "jobId"));
                    reopened.AftercareClosedOn = null;
                    reopened.StillEmployed = null;
                    break;
                case "DepartureVoided":
                    p.Left = null;
                    break;
                case "AftercareClosed":
                    // Step 14: it closes the aftercare of the participant's job that is still open (one at a time).
                    var job = p.Jobs.Last(j => j.AftercareClosedOn is null);
                    job.AftercareClosedOn = Date(data, "closedOn");
                    job.StillEmployed = data.GetProperty("stillEmployed").GetBoolean();
                    break;
                case "AftercareContactLogged":
                    p.AftercareContacts.Add(new Session("", Date(data, "heldOn"), data.GetProperty("hours").GetDecimal(), [], false));
                    break;
                case "ParticipantLeft":
                    p.Left = (Date(data, "leftOn"), data.GetProperty("reason").GetString()!);
                    break;
            }
        }
        return (caseId, inOrder, activities);
    }

    private static string Id(JsonElement data, string name) => data.GetProperty(name).GetString()!;

    /// <summary>
    /// The id of a newly recorded entry. docs/domain-rules.md, "Corrections": an event stored before entries had ids
    /// (no id, or the empty one) names the entry by SHA-256 of "{participantId}/{kind}/{position}", its first 16 bytes as
    /// a version-8 UUID, the position counting the person's entries of that kind from 0.
    /// </summary>
    private static string NewId(JsonElement data, string name, Person p, string kind)
    {
        var position = p.Recorded.GetValueOrDefault(kind);
        p.Recorded[kind] = position + 1;
        if (data.TryGetProperty(name, out var id) && id.GetString() is { } given && given != "00000000-0000-0000-0000-000000000000") return given;
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{p.Id}/{kind}/{position}"))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    private static DateOnly Date(JsonElement data, string name) =>
        DateOnly.ParseExact(data.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Percent with one decimal, rounded half away from zero; 0 when the denominator is 0.</summary>
    private static decimal Percent(int count, int of) =>
        of == 0 ? 0m : Math.Round(100m * count / of, 1, MidpointRounding.AwayFromZero);

    /// <summary>Median of sorted values, one decimal; an even count gives the mean of the two middle values; 0 for none.</summary>
    private static decimal Median(IReadOnlyList<decimal> sorted) => sorted.Count switch
    {
        0 => 0m,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => Math.Round((sorted[n / 2 - 1] + sorted[n / 2]) / 2m, 1, MidpointRounding.AwayFromZero)
    };

    private static decimal Mean(IReadOnlyList<decimal> values) =>
        values.Count == 0 ? 0m : Math.Round(values.Sum() / values.Count, 1, MidpointRounding.AwayFromZero);
}
