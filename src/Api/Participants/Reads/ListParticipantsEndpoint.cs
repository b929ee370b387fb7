using Microsoft.AspNetCore.Mvc;
using System.Text.Json.Nodes;
using CollectiveDismissal.Api.Reports.Rendering;
using CollectiveDismissal.Projections.Cases;

namespace CollectiveDismissal.Api.Participants.Reads;

public static class ListParticipantsEndpoint
{
    /// <summary>
    /// The participants of a case as of a date (default today), by personnel reference. Filters: <c>status</c>,
    /// <c>ageBand</c> (<c>&lt;45</c>, <c>45-49</c>, <c>50-54</c>, <c>55+</c>; URL-encode them), <c>search</c> (in the
    /// personnel reference, and in the name for roles that see personal data), <c>trajectoryEndsWithin</c> (days from
    /// <c>asOf</c>), <c>coach</c> (the coach on <c>asOf</c>, exactly as typed); paging. <c>Accept: text/csv</c> exports
    /// every participant that matches (paging does not apply): id, personnel reference, the name for roles that see
    /// personal data, status, age band, enrolment, coach, hours, required hours, trajectory end and the next deadline of
    /// the board; <c>layout=excel-be</c> for Belgian Excel.
    /// </summary>
    [WolverineGet("/api/cases/{caseId}/participants"), Authorize(Policy = Policies.ReadParticipants), Tags("Participants"),
     CsvAnswer("Every participant that matches the filters (no paging): id, personnel reference, name (project managers and " +
               "the data protection officer only), status, age band, enrolment, coach, hours, required hours, trajectory end, " +
               "next deadline and its kind."),
     ProducesResponseType<Page<ParticipantView>>(200)]
    public static async Task<IResult> Get(Guid caseId, IQuerySession session, HttpContext http, TimeProvider clock, CancellationToken ct,
        string? status = null, string? ageBand = null, string? search = null, int? trajectoryEndsWithin = null, DateOnly? asOf = null,
        int page = 1, int pageSize = 50, string? layout = null, string? coach = null)
    {
        var errors = new ValidationErrors();
        ParticipantStatus? statusFilter = null;
        if (status is not null)
        {
            if (EnumNames.TryParse<ParticipantStatus>(status, ignoreCase: false, out var parsed)) statusFilter = parsed;
            else errors.Add("status", EnumNames.OneOf<ParticipantStatus>());
        }
        if (ageBand is not null && !TrajectoryRules.AgeBands.Contains(ageBand))
            errors.Add("ageBand", $"One of {string.Join(", ", TrajectoryRules.AgeBands)}.");
        if (search is { Length: > 100 }) errors.Add("search", "At most 100 characters.");
        var coachFilter = string.IsNullOrWhiteSpace(coach) ? null : coach.Trim();
        if (trajectoryEndsWithin is < 0 or > 3660) errors.Add("trajectoryEndsWithin", "From 0 to 3660 days.");
        errors.Paging(page, pageSize);
        if (asOf is { } day && !BusinessDates.IsPlausible(day)) errors.Add("asOf", BusinessDates.Message);
        if (!CsvLayouts.TryParse(layout, out var csvLayout)) errors.Add(CsvLayouts.Parameter, CsvLayouts.Message);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());

        var details = await session.LoadAsync<CaseDetails>(caseId, ct);
        if (details is null) return Problems.NotFound($"No case {caseId}.");
        if (!ParticipantAccess.MayRead(http, details.CompetentService)) return TypedResults.Forbid();

        var date = asOf ?? BusinessDate.Today(clock);
        var withPerson = ParticipantAccess.MaySeePersonalData(http);
        var csv = ReportNegotiation.Format(http.Request) == ReportFormat.Csv;
        http.Response.Headers.Vary = "Accept, Accept-Language";
        IQueryable<Participant> query = session.Query<Participant>().Where(p => p.CaseId == caseId);
        if (ageBand is not null)
        {
            var (min, max) = TrajectoryRules.AgeRange(ageBand);
            query = query.Where(p => p.AgeAtAnnouncement >= min && p.AgeAtAnnouncement < max);
        }
        if (trajectoryEndsWithin is { } days)
        {
            var until = date.AddDays(days);
            query = query.Where(p => p.TrajectoryEndsOn >= date && p.TrajectoryEndsOn <= until);
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var byName = withPerson
                ? await session.Query<PersonalRecord>().Where(r => r.CaseId == caseId && r.Name.Contains(term, StringComparison.OrdinalIgnoreCase))
                    .Select(r => r.Id).ToListAsync(ct)
                : [];
            query = query.Where(p => p.PersonnelReference.Contains(term, StringComparison.OrdinalIgnoreCase) || p.Id.IsOneOf(byName.ToArray()));
        }
        // The status and the coach depend on the date asked for, so they are not stored: with a status or coach filter,
        // only the facts those need are read for the case's participants, and the documents wanted are loaded after.
        List<Guid>? matching = null;
        if (statusFilter is not null || coachFilter is not null)
        {
            var rows = await query.OrderBy(p => p.PersonnelReference)
                .Select(p => new StatusFacts(p.Id, p.EnrolledOn, p.Decision, p.Jobs, p.Departure, p.Intake, p.Coaches)).ToListAsync(ct);
            matching = rows.Where(r => statusFilter is not { } wanted
                                       || Participant.StatusAt(date, r.EnrolledOn, r.Decision, r.Jobs, r.Departure) == wanted)
                .Where(r => coachFilter is null || CoachAssignment.At(CoachAssignment.ListOf(r.Coaches, r.Intake), date) == coachFilter)
                .Select(r => r.Id).ToList();
        }
        if (csv)
        {
            // Every participant that matches, not a page: ids first, then the documents a thousand at a time.
            matching ??= [.. await query.OrderBy(p => p.PersonnelReference).Select(p => p.Id).ToListAsync(ct)];
            return await ParticipantListCsv.Answer(http, session, details, matching, date, withPerson, csvLayout, ct);
        }

        List<Participant> pageItems;
        long total;
        if (matching is not null)
        {
            total = matching.Count;
            pageItems = await Load(session, [.. matching.Skip((page - 1) * pageSize).Take(pageSize)], ct);
        }
        else
        {
            // Counted apart: a paged query's count(*) over() would read every document of the case before the limit.
            total = await query.CountAsync(ct);
            pageItems = [.. await query.OrderBy(p => p.PersonnelReference).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct)];
        }
        var records = withPerson
            ? (await session.LoadManyAsync<PersonalRecord>(ct, pageItems.Select(v => v.Id))).ToDictionary(r => r.Id)
            : [];
        var items = new JsonArray([.. pageItems.Select(p => (JsonNode)ParticipantView.Of(p, date).ToJson(withPerson, records.GetValueOrDefault(p.Id), ParticipantAccess.MaySeeDepartureReason(http)))]);
        return TypedResults.Json(new JsonObject
        {
            ["items"] = items, ["total"] = total, ["pageNumber"] = page, ["pageSize"] = pageSize
        }, Json.Options);
    }

    /// <summary>The participants with these ids, in the order given.</summary>
    public static async Task<List<Participant>> Load(IQuerySession session, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var loaded = (await session.LoadManyAsync<Participant>(ct, ids)).ToDictionary(p => p.Id);
        return [.. ids.Select(id => loaded[id])];
    }

    private sealed record StatusFacts(Guid Id, DateOnly EnrolledOn, OutplacementDecision? Decision, IReadOnlyList<Job>? Jobs, Departure? Departure,
        Intake? Intake, IReadOnlyList<CoachAssignment>? Coaches);

}
