namespace CollectiveDismissal.Domain.Cases;

public enum Region { Flanders, Brussels, Wallonia, GermanSpeaking }

public enum EmploymentService { VDAB, Actiris, Forem, ADG }

public enum InformedBody { WorksCouncil, UnionDelegation, HealthAndSafetyCommittee, Workers }

public enum StakeholderParty { SocialInterventionAdviser, SectorFund, Union, EmploymentService, Other }

public enum PreTrajectoryActivity { InformationSession, Workshop, JobHunting }

public enum CasePhase
{
    DossierPrepared,
    IntentionAnnounced,
    Consultation,
    ConsultationClosed,
    DismissalNotified,
    EmploymentCellOpen,
    Closed
}
