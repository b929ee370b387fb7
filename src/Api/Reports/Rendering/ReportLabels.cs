namespace CollectiveDismissal.Api.Reports.Rendering;

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
        // The printable page (ReportPage).
        ["page.kicker"] = ["Collectief ontslag · tewerkstellingscel", "Licenciement collectif · cellule pour l'emploi", "Massenentlassung · Beschäftigungszelle", "Collective dismissal · employment cell"],
        ["page.title"] = ["Eindverslag van de tewerkstellingsresultaten", "Rapport final des résultats de remise à l'emploi", "Abschlussbericht der Beschäftigungsergebnisse", "Final employment results report"],
        ["page.employer"] = ["Werkgever", "Employeur", "Arbeitgeber", "Employer"],
        ["page.enterpriseNumber"] = ["Ondernemingsnummer", "Numéro d'entreprise", "Unternehmensnummer", "Enterprise number"],
        ["page.asOf"] = ["Toestand op", "Situation au", "Stand am", "As of"],
        ["page.version"] = ["versie", "version", "Version", "version"],
        ["page.case"] = ["Dossier", "Dossier", "Verfahren", "Case"],
        ["page.final"] = ["Definitief verslag", "Rapport définitif", "Endgültiger Bericht", "Final report"],
        ["page.frozenAtClosure"] = ["vastgelegd bij de afsluiting", "figé à la clôture", "beim Abschluss festgeschrieben", "frozen at closure"],
        ["page.provisional"] = ["Tussentijds verslag", "Rapport intermédiaire", "Zwischenbericht", "Interim report"],
        ["page.keyFigures"] = ["Kerncijfers", "Chiffres clés", "Kennzahlen", "Key figures"],
        ["page.enrolled"] = ["Ingeschreven deelnemers", "Participants inscrits", "Eingeschriebene Teilnehmer", "Participants enrolled"],
        ["page.reEmploymentRate"] = ["Wedertewerkstellingsgraad", "Taux de remise à l'emploi", "Wiederbeschäftigungsquote", "Re-employment rate"],
        ["page.durableReEmploymentRate"] = ["Duurzame wedertewerkstellingsgraad", "Taux de remise à l'emploi durable", "Quote dauerhafter Wiederbeschäftigung", "Durable re-employment rate"],
        ["page.statusSection"] = ["Deelnemers per status", "Participants par statut", "Teilnehmer nach Status", "Participants by status"],
        ["page.status"] = ["Status", "Statut", "Status", "Status"],
        ["page.participants"] = ["Deelnemers", "Participants", "Teilnehmer", "Participants"],
        ["page.leftByReason"] = ["Reden uitstroom", "Motif de sortie", "Grund des Ausscheidens", "Reason for leaving"],
        ["page.statusChart"] = ["Deelnemers per status", "Participants par statut", "Teilnehmer nach Status", "Participants by status"],
        ["page.byAgeBand"] = ["Per leeftijdsgroep", "Par tranche d'âge", "Nach Altersgruppe", "By age band"],
        ["page.enrolledColumn"] = ["Ingeschreven", "Inscrits", "Eingeschrieben", "Enrolled"],
        ["page.availableColumn"] = ["Beschikbaar", "Disponibles", "Verfügbar", "Available"],
        ["page.rate"] = ["Graad", "Taux", "Quote", "Rate"],
        ["page.bandUnder45"] = ["Jonger dan 45", "Moins de 45 ans", "Unter 45", "Under 45"],
        ["page.band55Plus"] = ["55 en ouder", "55 ans et plus", "55 und älter", "55 and over"],
        ["page.ageBandChart"] = ["Wedertewerkstellingsgraad per leeftijdsgroep", "Taux de remise à l'emploi par tranche d'âge", "Wiederbeschäftigungsquote nach Altersgruppe", "Re-employment rate by age band"],
        ["page.ofAvailable"] = ["aan het werk, in % van de beschikbaren", "en emploi, en % des disponibles", "beschäftigt, in % der Verfügbaren", "employed, as % of those available"],
        ["page.byContractType"] = ["Aan het werk per contracttype", "En emploi par type de contrat", "Beschäftigt nach Vertragsart", "Employed by contract type"],
        ["page.contractTypeChart"] = ["Deelnemers aan het werk per contracttype", "Participants en emploi par type de contrat", "Beschäftigte Teilnehmer nach Vertragsart", "Employed participants by contract type"],
        ["page.days"] = ["Dagen", "Jours", "Tage", "Days"],
        ["page.median"] = ["Mediaan", "Médiane", "Median", "Median"],
        ["page.mean"] = ["Gemiddelde", "Moyenne", "Mittelwert", "Mean"],
        ["page.daysToJobNote"] = ["Kalenderdagen van de inschrijving tot de start van de huidige job, voor wie aan het werk is.", "Jours calendrier de l'inscription au début de l'emploi actuel, pour les participants en emploi.", "Kalendertage von der Einschreibung bis zum Beginn der aktuellen Stelle, für Beschäftigte.", "Calendar days from enrolment to the start of the current job, for those employed."],
        ["page.daysToJobChart"] = ["Deelnemers aan het werk per aantal dagen tot job", "Participants en emploi par nombre de jours jusqu'à l'emploi", "Beschäftigte Teilnehmer nach Tagen bis zur Stelle", "Employed participants by days to job"],
        ["page.daysAxis"] = ["dagen tot job", "jours jusqu'à l'emploi", "Tage bis zur Stelle", "days to job"],
        ["page.guidanceSection"] = ["Begeleiding, verlenging en nazorg", "Accompagnement, prolongation et suivi", "Begleitung, Verlängerung und Nachbetreuung", "Guidance, extension and aftercare"],
        ["page.figure"] = ["Cijfer", "Indicateur", "Kennzahl", "Figure"],
        ["page.value"] = ["Waarde", "Valeur", "Wert", "Value"],
        ["page.totalHours"] = ["Begeleidingsuren in totaal", "Total des heures d'accompagnement", "Begleitungsstunden insgesamt", "Guidance hours in total"],
        ["page.reachedRequiredHours"] = ["Vereiste uren (30 of 60) bereikt binnen de minimumperiode", "Heures requises (30 ou 60) atteintes dans la période minimale", "Erforderliche Stunden (30 oder 60) in der Mindestdauer erreicht", "Reached the required hours (30 or 60) within the minimum period"],
        ["page.frontLoaded"] = ["20 uur of meer in de eerste 2 maanden", "20 heures ou plus dans les 2 premiers mois", "20 Stunden oder mehr in den ersten 2 Monaten", "20 hours or more in the first 2 months"],
        ["page.extended"] = ["Minstens één keer verlengd", "Prolongés au moins une fois", "Mindestens einmal verlängert", "Extended at least once"],
        ["page.noPersonalData"] = ["Dit verslag bevat enkel cijfers, geen persoonsgegevens.", "Ce rapport ne contient que des chiffres, aucune donnée personnelle.", "Dieser Bericht enthält nur Kennzahlen, keine personenbezogenen Daten.", "This report holds figures only, no personal data."],
    };

    public static string Get(string key, ReportLanguage language) =>
        Labels.TryGetValue(key, out var labels) ? labels[(int)language] : throw new KeyNotFoundException($"No report label '{key}'.");

    public static IEnumerable<string> Keys => Labels.Keys;

    public static int LanguagesOf(string key) => Labels[key].Length;
}
