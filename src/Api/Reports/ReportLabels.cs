namespace CollectiveDismissal.Api.Reports;

/// <summary>
/// Every label of the report's CSV and page, in Dutch, French, German and English. A key missing in one language is a
/// start-up error (tested), never an English word in a Dutch report.
/// </summary>
public static class ReportLabels
{
    // key: nl, fr, de, en
    private static readonly Dictionary<string, string[]> Labels = new()
    {
        // CSV columns, one per value a figure is computed from.
        ["participantId"] = ["Deelnemer-id", "ID participant", "Teilnehmer-ID", "Participant id"],
        ["enrolledOn"] = ["Ingeschreven op", "Inscrit le", "Eingeschrieben am", "Enrolled on"],
        ["ageAtAnnouncement"] = ["Leeftijd bij aankondiging", "Âge à l'annonce", "Alter bei Ankündigung", "Age at announcement"],
        ["ageBand"] = ["Leeftijdsgroep", "Tranche d'âge", "Altersgruppe", "Age band"],
        ["status"] = ["Status", "Statut", "Status", "Status"],
        ["leftOn"] = ["Uitgestroomd op", "Sorti le", "Ausgeschieden am", "Left on"],
        ["leftReason"] = ["Reden uitstroom", "Motif de sortie", "Grund des Ausscheidens", "Reason for leaving"],
        ["availableForWork"] = ["Beschikbaar voor de arbeidsmarkt", "Disponible sur le marché du travail", "Verfügbar für den Arbeitsmarkt", "Available for work"],
        ["declinedOn"] = ["Aanbod geweigerd op", "Offre refusée le", "Angebot abgelehnt am", "Declined on"],
        ["jobStartsOn"] = ["Start huidige job", "Début de l'emploi actuel", "Beginn der aktuellen Stelle", "Current job starts on"],
        ["jobContractType"] = ["Contracttype", "Type de contrat", "Vertragsart", "Contract type"],
        ["jobContractMonths"] = ["Contractduur (maanden)", "Durée du contrat (mois)", "Vertragsdauer (Monate)", "Contract months"],
        ["jobEndedOn"] = ["Job verloren op", "Emploi perdu le", "Stelle verloren am", "Job lost on"],
        ["employedDurably"] = ["Duurzaam tewerkgesteld", "Emploi durable", "Dauerhaft beschäftigt", "Durably employed"],
        ["daysToJob"] = ["Dagen tot job", "Jours jusqu'à l'emploi", "Tage bis zur Stelle", "Days to job"],
        ["hours"] = ["Begeleidingsuren", "Heures d'accompagnement", "Begleitungsstunden", "Guidance hours"],
        ["requiredHours"] = ["Vereiste uren", "Heures requises", "Erforderliche Stunden", "Required hours"],
        ["minimumPeriodEndsOn"] = ["Einde minimumperiode", "Fin de la période minimale", "Ende der Mindestdauer", "Minimum period ends on"],
        ["hoursInMinimumPeriod"] = ["Uren binnen minimumperiode", "Heures dans la période minimale", "Stunden in der Mindestdauer", "Hours in minimum period"],
        ["reachedRequiredHours"] = ["Vereiste uren bereikt", "Heures requises atteintes", "Erforderliche Stunden erreicht", "Reached required hours"],
        ["frontLoadingWindowEndsOn"] = ["Einde eerste 2 maanden", "Fin des 2 premiers mois", "Ende der ersten 2 Monate", "Front-loading window ends on"],
        ["hoursInFrontLoadingWindow"] = ["Uren in eerste 2 maanden", "Heures des 2 premiers mois", "Stunden in den ersten 2 Monaten", "Hours in front-loading window"],
        ["frontLoaded"] = ["20 uur in eerste 2 maanden", "20 heures dans les 2 premiers mois", "20 Stunden in den ersten 2 Monaten", "Front-loaded"],
        ["extensions"] = ["Verlengingen", "Prolongations", "Verlängerungen", "Extensions"],
        ["aftercareClosures"] = ["Nazorg afgesloten", "Suivis post-emploi clôturés", "Nachbetreuungen abgeschlossen", "Aftercare closures"],
        ["aftercareStillEmployed"] = ["Nazorg: nog aan het werk", "Suivi: toujours en emploi", "Nachbetreuung: noch beschäftigt", "Aftercare: still employed"],
        // Statuses and reasons.
        ["Employed"] = ["Aan het werk", "En emploi", "Beschäftigt", "Employed"],
        ["Searching"] = ["Werkzoekend", "En recherche", "Arbeitsuchend", "Searching"],
        ["Declined"] = ["Aanbod geweigerd", "Offre refusée", "Angebot abgelehnt", "Declined"],
        ["Left"] = ["Uitgestroomd", "Sorti", "Ausgeschieden", "Left"],
        ["Retired"] = ["Pensioen of SWT", "Pension ou RCC", "Ruhestand oder RAB", "Retired"],
        ["LongTermSick"] = ["Langdurig ziek", "Malade de longue durée", "Langzeitkrank", "Long-term sick"],
        ["Deceased"] = ["Overleden", "Décédé", "Verstorben", "Deceased"],
        ["MovedAbroad"] = ["Verhuisd naar het buitenland", "Parti à l'étranger", "Ins Ausland verzogen", "Moved abroad"],
        ["Unreachable"] = ["Onbereikbaar", "Injoignable", "Nicht erreichbar", "Unreachable"],
        ["Other"] = ["Andere", "Autre", "Sonstiges", "Other"],
        // Contract types.
        ["Indefinite"] = ["Onbepaalde duur", "Durée indéterminée", "Unbefristet", "Indefinite"],
        ["FixedTerm"] = ["Bepaalde duur", "Durée déterminée", "Befristet", "Fixed term"],
        ["TemporaryAgency"] = ["Uitzendarbeid", "Intérim", "Leiharbeit", "Temporary agency"],
        ["SelfEmployed"] = ["Zelfstandige", "Indépendant", "Selbstständig", "Self-employed"],
        ["Training"] = ["Opleiding", "Formation", "Ausbildung", "Training"],
        ["true"] = ["ja", "oui", "ja", "yes"],
        ["false"] = ["nee", "non", "nein", "no"],
    };

    public static string Get(string key, ReportLanguage language) =>
        Labels.TryGetValue(key, out var labels) ? labels[(int)language] : throw new KeyNotFoundException($"No report label '{key}'.");

    public static IEnumerable<string> Keys => Labels.Keys;

    public static int LanguagesOf(string key) => Labels[key].Length;
}
