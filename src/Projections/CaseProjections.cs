using CollectiveDismissal.Domain.Participants;
using CollectiveDismissal.Projections.Cases;
using CollectiveDismissal.Projections.Deadlines;
using CollectiveDismissal.Projections.Participants;
using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;

namespace CollectiveDismissal.Projections;

public static class CaseProjections
{
    public static StoreOptions AddCaseProjections(this StoreOptions options)
    {
        options.Projections.Add<DismissalCaseProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CaseDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CaseDetails>()
            .Index(x => x.ProjectManager)
            .Index(x => x.PreparedAt);
        options.Projections.Add<ParticipantProjection>(ProjectionLifecycle.Inline);
        // The deciders check the personnel reference under the case's row lock; the unique index is the safety net.
        // Case and personnel reference as columns: a case's list is filtered and ordered without reading the documents.
        options.Schema.For<Participant>()
            .Duplicate(x => x.CaseId)
            .Duplicate(x => x.PersonnelReference)
            .UniqueIndex(UniqueIndexType.DuplicatedField, "uq_participant_case_reference", x => x.CaseId, x => x.PersonnelReference);
        options.Schema.For<PersonalRecord>().Duplicate(x => x.CaseId);
        options.Projections.Add<Reports.ReportFactsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<CollectiveDismissal.Domain.Reports.ReportFacts>().Duplicate(x => x.CaseId);
        // Written once, in the closing transaction; never rebuilt (it is what was reported).
        options.Schema.For<CollectiveDismissal.Domain.Reports.FinalReport>();
        // Last, so the rebuild settings reach every projection registered above.
        options.AddDeadlineBoard();
        options.RebuildInLargeBatches();
        return options;
    }
}
