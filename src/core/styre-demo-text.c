/* styre-demo-text.c — what the demo portfolio says, in Norwegian bokmål
 *
 * Everyone and everything here is fictional, except the national shared components
 * (ID-porten, Altinn, Folkeregisteret …), which every Norwegian public body depends on.
 * Organisation numbers are made up; web addresses use the .example domain.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-demo-private.h"

/* ── Organisation ──────────────────────────────────────────────────────────────────── */

const DemoAgency demo_agencies[DEMO_N_AGENCIES] = {
  [AG_FJORDVIK] = { "FJK", "Fjordvik kommune", "Fjordvik", "municipality", "921041772",
                    "fjordvik.kommune.example", 'F', 0, 1 },
  [AG_NORDSTRAND] = { "NSK", "Nordstrand kommune", "Nordstrand", "municipality", "935871204",
                      "nordstrand.kommune.example", 'N', 0, 0 },
  [AG_LAGDAL] = { "LDK", "Lågdal kommune", "Lågdal", "municipality", "944022635",
                  "lagdal.kommune.example", 'L', 0, 0 },
  [AG_OYVAER] = { "OVK", "Øyvær kommune", "Øyvær", "municipality", "971553189",
                  "oyvaer.kommune.example", 'O', 0, 0 },
  [AG_STATSFORVALTER] = { "SFFJ", "Statsforvalteren i Fjordland", "Statsforvalteren",
                          "state_agency", "998244706", "statsforvalteren-fjordland.example",
                          'S', 1, 0 },
  [AG_FYLKE] = { "FFK", "Fjordland fylkeskommune", "Fylkeskommunen", "county", "930115851",
                 "fjordland.fylkeskommune.example", 'Y', 0, 0 },
  [AG_DIGIFJORD] = { "DIGIFJORD", "Digitalt samarbeid Fjordregionen", "DigiFjord", "other",
                     "924566310", "digifjord.example", 'G', 0, 0 },
  [AG_DIGDIR] = { "DIGDIR", "Digitaliseringsdirektoratet", "Digdir", "state_agency", NULL,
                  "digdir.example", 'D', 1, 0 },
  [AG_HELSE] = { "HFJ", "Helse Fjordland HF", "Helse Fjordland", "health_trust", "987612347",
                 "helse-fjordland.example", 'H', 0, 0 },
};

const DemoPerson demo_persons[DEMO_N_PERSONS] = {
  [P_SOLBERG] = { "Ingrid Solberg", "kommunedirektør", AG_FJORDVIK },
  [P_SORENSEN] = { "Rune Sørensen", "assisterende kommunedirektør", AG_FJORDVIK },
  [P_LIE] = { "Håkon Lie", "kommunalsjef helse og omsorg", AG_FJORDVIK },
  [P_BJORNSTAD] = { "Åse Bjørnstad", "kommunalsjef oppvekst og kultur", AG_FJORDVIK },
  [P_STRAND] = { "Jon Erik Strand", "kommunalsjef teknikk og miljø", AG_FJORDVIK },
  [P_AAS] = { "Siri Aas", "økonomisjef", AG_FJORDVIK },
  [P_MATHISEN] = { "Lene Mathisen", "HR-sjef", AG_FJORDVIK },
  [P_FOSSUM] = { "Guro Fossum", "kommunikasjonssjef", AG_FJORDVIK },
  [P_DAHL] = { "Øystein Dahl", "digitaliseringssjef", AG_FJORDVIK },
  [P_NYGARD] = { "Kjersti Nygård", "porteføljeleder", AG_DIGIFJORD },
  [P_BERG] = { "Trond Berg", "informasjonssikkerhetsleder", AG_DIGIFJORD },
  [P_JOHANSEN] = { "Maria Johansen", "personvernombud", AG_FJORDVIK },
  [P_HADDAD] = { "Amir Haddad", "virksomhetsarkitekt", AG_DIGIFJORD },
  [P_EIDE] = { "Camilla Eide", "rådgiver, sekretær for ledergruppen", AG_FJORDVIK },
  [P_KVAM] = { "Bente Kvam", "fagsjef økonomi", AG_FJORDVIK },
  [P_MOEN] = { "Per Olav Moen", "programleder", AG_FJORDVIK },
  [P_SAETHER] = { "Hilde Sæther", "prosjektleder", AG_FJORDVIK },
  [P_HOVLAND] = { "Anders Hovland", "prosjektleder", AG_DIGIFJORD },
  [P_KRISTIANSEN] = { "Nina Kristiansen", "prosjektleder", AG_FJORDVIK },
  [P_BAKKE] = { "Martin Bakke", "prosjektleder", AG_FJORDVIK },
  [P_LUND] = { "Sofie Lund", "prosjektleder", AG_DIGIFJORD },
  [P_ODEGARD] = { "Thomas Ødegård", "prosjektleder", AG_FJORDVIK },
  [P_VIK] = { "Ragnhild Vik", "produkteier", AG_FJORDVIK },
  [P_HALVORSEN] = { "Espen Halvorsen", "produkteier", AG_DIGIFJORD },
  [P_AASEN] = { "Linn Aasen", "produkteier", AG_FJORDVIK },
  [P_BREKKE] = { "Ida Brekke", "tjenestedesigner", AG_DIGIFJORD },
  [P_MYHRE] = { "Sindre Myhre", "fagleder data og analyse", AG_DIGIFJORD },
  [P_HAUGEN] = { "Marianne Haugen", "kommunedirektør", AG_NORDSTRAND },
  [P_RONNING] = { "Geir Ove Rønning", "digitaliseringsleder", AG_NORDSTRAND },
  [P_SANDVIK] = { "Tone Sandvik", "kommunedirektør", AG_LAGDAL },
  [P_FJELD] = { "Eirik Fjeld", "digitaliseringskoordinator", AG_LAGDAL },
  [P_BERGE] = { "Anne Lise Berge", "rådgiver digitalisering", AG_LAGDAL },
  [P_HOLM] = { "Randi Holm", "kommunedirektør", AG_OYVAER },
  [P_NILSEN] = { "Kristoffer Nilsen", "rådgiver digitalisering", AG_OYVAER },
  [P_AUNE] = { "Helge Aune", "assisterende statsforvalter", AG_STATSFORVALTER },
  [P_RYE] = { "Elisabeth Rye", "administrasjonsdirektør", AG_STATSFORVALTER },
  [P_WOLD] = { "Magnus Wold", "seksjonssjef IKT", AG_STATSFORVALTER },
  [P_TVEIT] = { "Silje Tveit", "digitaliseringsdirektør", AG_FYLKE },
  [P_ALI] = { "Fatima Ali", "prosjektleder", AG_STATSFORVALTER },
  [P_LARSEN] = { "Jonas Larsen", "enhetsleder hjemmetjenesten", AG_FJORDVIK },
  [P_HAGEN] = { "Kari Hagen", "fagleder skole", AG_FJORDVIK },
  [P_NAESS] = { "Torbjørn Næss", "enhetsleder byggesak", AG_FJORDVIK },
  [P_OLSEN] = { "Mona Olsen", "enhetsleder servicetorget", AG_FJORDVIK },
  [P_AASLAND] = { "Kristin Aasland", "prosjektleder", AG_FJORDVIK },
  [P_RUD] = { "Ole Petter Rud", "prosjektleder", AG_FJORDVIK },
  [P_SOLHEIM] = { "Henrik Solheim", "prosjektleder", AG_NORDSTRAND },
  [P_NORDAHL] = { "Vibeke Nordahl", "prosjektleder", AG_LAGDAL },
  [P_TANGEN] = { "Jørgen Tangen", "produkteier", AG_DIGIFJORD },
  [P_SUNDE] = { "Marte Sunde", "prosjektleder", AG_FJORDVIK },
  [P_KRISTOFFERSEN] = { "Eva Kristoffersen", "informasjonssikkerhetsrådgiver", AG_FJORDVIK },
};

const DemoFocusArea demo_focus_areas[DEMO_N_FOCUS_AREAS] = {
  [FA_SERVICES] = { "Sammenhengende tjenester",
                    "Tjenester som henger sammen rundt livshendelser, slik at innbyggere og "
                    "næringsliv slipper å kjenne til hvordan kommunene er organisert." },
  [FA_DATA] = { "Datadrevet forvaltning",
                "Data deles og brukes på tvers av kommunene til bedre tjenester, planlegging "
                "og styring." },
  [FA_SECURITY] = { "Informasjonssikkerhet og personvern",
                    "Tjenestene er tilgjengelige, og opplysninger om innbyggerne behandles "
                    "trygt og lovlig." },
  [FA_GREEN] = { "Grønn og effektiv drift",
                 "Færre systemer, lavere drifts- og energikostnader og gevinster som hentes ut "
                 "i budsjettet." },
  [FA_COMPETENCE] = { "Kompetanse og endring",
                      "Ledere og ansatte har kompetanse til å ta i bruk nye arbeidsformer og "
                      "lede digital endring." },
};

const DemoGoal demo_goals[DEMO_N_GOALS] = {
  [GO_S1] = { GO_NONE, FA_SERVICES, "societal",
              "Innbyggerne i Fjordregionen opplever enkle og sammenhengende offentlige "
              "tjenester",
              "Samfunnsmål i samarbeidsavtalen for DigiFjord." },
  [GO_S2] = { GO_NONE, FA_GREEN, "societal",
              "Kommunene i Fjordregionen har en trygg og bærekraftig tjenesteproduksjon",
              "Samfunnsmål i samarbeidsavtalen for DigiFjord." },
  [GO_O1] = { GO_S1, FA_SERVICES, "outcome",
              "Flere henvendelser løses digitalt uten manuell behandling", "" },
  [GO_O2] = { GO_S1, FA_DATA, "outcome",
              "Innbyggerne trenger bare å oppgi opplysninger én gang", "" },
  [GO_O3] = { GO_S1, FA_DATA, "outcome",
              "Beslutninger i kommunene bygger på oppdaterte data", "" },
  [GO_O4] = { GO_S2, FA_SECURITY, "outcome",
              "Ingen alvorlige sikkerhetsbrudd rammer tjenestene", "" },
  [GO_O5] = { GO_S2, FA_GREEN, "outcome",
              "Lavere ressursbruk til drift og forvaltning av IKT", "" },
  [GO_O6] = { GO_S2, FA_COMPETENCE, "outcome",
              "Ansatte tar i bruk nye digitale arbeidsformer", "" },
  [GO_R1] = { GO_O1, FA_SERVICES, "output",
              "Digital søknad for alle tjenester innen helse og omsorg",
              "Alle søknader innen helse og omsorg kan sendes digitalt med ID-porten." },
  [GO_R2] = { GO_O1, FA_SERVICES, "output",
              "All utgående post sendes digitalt via SvarUt",
              "Papirpost bare til dem som har reservert seg mot digital kommunikasjon." },
  [GO_R3] = { GO_O3, FA_DATA, "output",
              "Felles dataplattform for fire kommuner i drift", "" },
  [GO_R4] = { GO_O2, FA_DATA, "output",
              "Oppslag mot nasjonale registre i alle sentrale fagsystemer",
              "Folkeregisteret og Matrikkelen brukes som kilde i stedet for lokale kopier." },
  [GO_R5] = { GO_O4, FA_SECURITY, "output",
              "Tofaktor og sentral logging i alle kritiske systemer", "" },
  [GO_R6] = { GO_O5, FA_GREEN, "output",
              "Antall fagsystemer redusert med 20 %", "" },
  [GO_R7] = { GO_O6, FA_COMPETENCE, "output",
              "Alle ledere har gjennomført program i digital endringsledelse", "" },
};

const DemoCompetence demo_competences[DEMO_N_COMPETENCES] = {
  [CO_SECURITY] = { "Informasjonssikkerhet",
                    "Risikovurdering (ROS), sikkerhetsarkitektur, logging og hendelseshåndtering.",
                    45 },
  [CO_ARCHITECTURE] = { "Arkitektur",
                        "Virksomhetsarkitektur, integrasjoner og bruk av nasjonale "
                        "fellesløsninger.", 75 },
  [CO_SERVICE_DESIGN] = { "Tjenestedesign",
                          "Brukerinnsikt, brukertesting og design av sammenhengende tjenester.",
                          80 },
  [CO_DEVELOPMENT] = { "Utvikling", "Utvikling, test og drift i smidige team.", 90 },
  [CO_DATA] = { "Data og analyse", "Dataplattform, datakvalitet, analyse og styringsdata.",
                70 },
  [CO_PROJECT] = { "Prosjektledelse", "Prosjekt- og programledelse etter Prosjektveiviseren.",
                   105 },
  [CO_BENEFITS] = { "Gevinstrealisering",
                    "Nyttestyring: nyttekart, nullpunktsmåling og oppfølging av "
                    "nyttevirkninger.", 60 },
  [CO_CHANGE] = { "Endringsledelse", "Opplæring, innføring og endring av arbeidsprosesser.",
                  85 },
  [CO_PRIVACY] = { "Personvern og juss",
                   "Personvernkonsekvensvurdering (DPIA), behandlingsgrunnlag og "
                   "databehandleravtaler.", 55 },
};

const DemoComponent demo_components[DEMO_N_COMPONENTS] = {
  [NC_IDPORTEN] = { "ID-porten", "Digdir", "Innlogging for innbyggere med MinID, BankID og "
                    "Buypass." },
  [NC_MASKINPORTEN] = { "Maskinporten", "Digdir", "Sikker tilgang mellom virksomheters "
                        "systemer (API-sikring)." },
  [NC_ALTINN] = { "Altinn", "Digdir", "Skjemaer, meldinger og tilgangsstyring for "
                  "næringsliv og innbyggere." },
  [NC_FOLKEREGISTERET] = { "Folkeregisteret", "Skatteetaten", "Opplysninger om personer "
                           "bosatt i Norge." },
  [NC_SVARUT] = { "SvarUt", "KS", "Sending av digital post fra kommunene (Fiks-plattformen)." },
  [NC_SVARINN] = { "SvarInn", "KS", "Mottak av digital post til kommunenes arkiv "
                   "(Fiks-plattformen)." },
  [NC_DIGIPOST] = { "Digipost", "Posten Norge", "Digital postkasse til innbyggere." },
  [NC_EFORMIDLING] = { "eFormidling", "Digdir", "Meldingsutveksling mellom offentlige "
                       "virksomheter." },
  [NC_MATRIKKELEN] = { "Matrikkelen", "Kartverket", "Norges offisielle eiendomsregister." },
  [NC_DIGISOS] = { "DigiSos", "KS og NAV", "Digital søknad om økonomisk sosialhjelp." },
  [NC_KRR] = { "Kontakt- og reservasjonsregisteret", "Digdir", "Kontaktopplysninger og "
               "reservasjon mot digital kommunikasjon." },
  [NC_FEIDE] = { "Feide", "Sikt", "Innlogging for elever, ansatte og foresatte i skolen." },
  [NC_HELSENETT] = { "Helsenettet", "Norsk helsenett", "Sikkert nett og meldingsutveksling "
                     "i helse- og omsorgssektoren." },
  [NC_PEPPOL] = { "Peppol eHandel (ELMA)", "Digdir", "Elektronisk faktura og ordre mellom "
                  "virksomheter." },
};

/* ── Stories ───────────────────────────────────────────────────────────────────────── */

#define T DEMO_DIM_TIME
#define C DEMO_DIM_COST
#define B DEMO_DIM_BENEFITS
#define Q DEMO_DIM_QUALITY
#define S DEMO_DIM_SCOPE
#define U DEMO_DIM_SUSTAINABILITY
#define R DEMO_DIM_RISK
#define GREY DEMO_RAG_GREY
#define GREEN DEMO_RAG_GREEN
#define YELLOW DEMO_RAG_YELLOW
#define RED DEMO_RAG_RED
#define SAME DEMO_RAG_SAME

static const DemoStoryEvent story_supplier_delay[] = {
  { 0, T, YELLOW, SAME,
    "Leverandøren ({L}) er forsinket med integrasjonen mot {K}; akseptansetesten er flyttet "
    "fra {M1} til {M2}.", NULL,
    "Forsinkelse hos leverandøren påvirker framdriften; øvrige leveranser går etter plan.",
    NULL },
  { 1, R, YELLOW, SAME,
    "Forsinkelsen øker risikoen for at opplæring og innføring kolliderer med "
    "ferieavviklingen.", NULL, NULL, NULL },
  { 2, C, YELLOW, SAME,
    "Forsinkelsen gir merforbruk på konsulenttimer; prognosen ligger om lag 7 % over "
    "styringsrammen (P50).", NULL, NULL, NULL },
  { 3, T, RED, SAME,
    "Ny leveranseplan fra {L} flytter produksjonssettingen med mer enn tre måneder.", NULL,
    "Tiltaket er forsinket ut over toleransen; avviket er meldt til tiltakseier.", NULL },
  { 4, C, RED, SAME,
    "Prognosen overstiger kostnadsrammen (P85). Forslag om å ta i bruk kuttlisten legges "
    "fram for beslutning.", NULL,
    "Prognosen ligger over kostnadsrammen; tiltakseier foreslår å ta i bruk kuttlisten.",
    "Beslutning om å ta i bruk kuttliste punkt 1–3 for å holde tiltaket innenfor "
    "kostnadsrammen (P85)." },
  { 5, S, YELLOW, SAME,
    "Kuttliste punkt 1–3 er tatt i bruk etter vedtak: selvbetjeningsmodul og rapportpakke er "
    "utsatt til neste fase.", NULL,
    "Kuttlisten er tatt i bruk, og prognosen er tilbake innenfor kostnadsrammen.", NULL },
  { 5, C, YELLOW, SAME,
    "Med kuttlisten ligger prognosen innenfor kostnadsrammen (P85), men fortsatt over "
    "styringsrammen (P50).", NULL, NULL, NULL },
  { 7, T, YELLOW, SAME,
    "Revidert framdriftsplan er godkjent; akseptansetesten er gjennomført med to alvorlige og "
    "elleve mindre feil.", NULL, NULL, NULL },
  { 8, R, GREEN, SAME,
    "Leverandøren har levert to versjoner etter ny plan; risikoen vurderes som redusert.",
    NULL, NULL, NULL },
  { 9, S, GREEN, SAME,
    "Omfanget er stabilt etter revidert styringsdokument; utsatte funksjoner ligger i planen "
    "for fase 2.", NULL, NULL, NULL },
  { 10, T, GREEN, SAME,
    "Løsningen er satt i produksjon i samsvar med revidert plan.", NULL,
    "Løsningen er satt i produksjon; innføringen i enhetene pågår.", NULL },
};

static const DemoStoryEvent story_team_health[] = {
  { 0, U, YELLOW, SAME,
    "Teamet er sårbart: tre av fem utviklere er innleid, og det mangler en plan for "
    "overføring til forvaltning.", NULL, NULL, NULL },
  { 4, U, GREEN, SAME,
    "To faste utviklerstillinger er besatt, og forvaltningsmodellen er vedtatt.", NULL, NULL,
    NULL },
  { 7, Q, YELLOW, SAME,
    "Flere feilmeldinger etter siste versjon; teamet prioriterer teknisk gjeld de neste tre "
    "sprintene.", NULL, NULL, NULL },
  { 9, Q, GREEN, SAME,
    "Feilraten er tilbake på normalt nivå etter to sprinter med opprydding.", NULL, NULL,
    NULL },
  { 11, B, YELLOW, SAME,
    "Bruken av løsningen er lavere enn forventet i {P}; det planlegges opplæring og "
    "informasjon til innbyggerne.", NULL,
    "Bruken er lavere enn forventet i én kommune; øvrige parametere er grønne.", NULL },
  { 14, B, GREEN, SAME,
    "Bruken har økt etter opplæring og informasjonskampanje; målet for andel digitale "
    "henvendelser er nådd.", NULL, NULL, NULL },
};

static const DemoStoryEvent story_security[] = {
  { 0, R, YELLOW, SAME,
    "ROS-analysen avdekket mangelfull logging av oppslag i personopplysninger.", NULL, NULL,
    NULL },
  { 1, R, RED, SAME,
    "En kritisk sårbarhet i en tredjepartskomponent er ikke utbedret innen fristen i avtalen "
    "med driftsleverandøren.", NULL,
    "En kritisk sårbarhet er under utbedring; produksjonssettingen kan bli utsatt.",
    "Tiltakseier må ta stilling til om produksjonssettingen skal utsettes til sårbarheten er "
    "lukket." },
  { 1, Q, YELLOW, SAME,
    "Penetrasjonstesten viste tre alvorlige funn som må lukkes før produksjonssetting.", NULL,
    NULL, NULL },
  { 2, T, YELLOW, SAME,
    "Produksjonssettingen er utsatt til sårbarheten er lukket og ny penetrasjonstest er "
    "gjennomført.", NULL, NULL, NULL },
  { 4, R, YELLOW, SAME,
    "Sårbarheten er lukket; ny test viste to middels alvorlige funn som følges opp i neste "
    "sprint.", NULL, NULL, NULL },
  { 5, Q, GREEN, SAME,
    "Alle alvorlige funn fra penetrasjonstesten er lukket.", NULL, NULL, NULL },
  { 6, T, GREEN, SAME,
    "Produksjonssatt etter ny test; framdriften er tilbake på plan.", NULL, NULL, NULL },
  { 8, R, GREEN, SAME,
    "Risikoen er redusert til et akseptabelt nivå etter innføring av sentral logging og "
    "tofaktor.", NULL, NULL, NULL },
};

static const DemoStoryEvent story_benefits_lag[] = {
  { 0, B, YELLOW, SAME,
    "Målingen viser at bare om lag 60 % av planlagt effekt er hentet ut; enhetene bruker "
    "fortsatt gamle rutiner ved siden av den nye løsningen.", NULL, NULL, NULL },
  { 3, B, RED, SAME,
    "Gevinstuttaket som er lagt inn i budsjettet er ikke realistisk; nytteeier ber om ny plan "
    "for nyttestyring.", NULL,
    "Nyttevirkningene er vesentlig lavere enn planlagt.",
    "Ny plan for nyttestyring og justert gevinstuttak må godkjennes av tiltakseier." },
  { 5, B, YELLOW, SAME,
    "Ny plan for nyttestyring er vedtatt, og opplæring er gjennomført i tre av fem enheter.",
    NULL, NULL, NULL },
  { 9, B, GREEN, SAME,
    "Målte nyttevirkninger er nå på nivå med planen.", NULL, NULL, NULL },
};

static const DemoStoryEvent story_competence[] = {
  { 0, T, YELLOW, SAME,
    "Vi mangler kompetanse på informasjonssikkerhet; ROS-analyse og DPIA er forsinket med "
    "seks uker.", NULL, NULL, NULL },
  { 0, U, YELLOW, SAME,
    "Tiltaket er avhengig av én nøkkelperson innen informasjonssikkerhet.", NULL, NULL, NULL },
  { 2, S, YELLOW, SAME,
    "Omfanget er redusert: integrasjonen mot {K} er utsatt til neste fase for å holde "
    "tidsplanen.", NULL, NULL, NULL },
  { 4, T, GREEN, SAME,
    "Innleid sikkerhetsrådgiver er på plass, og DPIA er godkjent av personvernombudet.", NULL,
    NULL, NULL },
  { 5, U, GREEN, SAME,
    "Kompetanseoverføring til egne ansatte er gjennomført.", NULL, NULL, NULL },
  { 7, S, GREEN, SAME,
    "Integrasjonen mot {K} er lagt inn i planen for neste fase; omfanget er avklart med "
    "tiltakseier.", NULL, NULL, NULL },
};

static const DemoStoryEvent story_brave_stop[] = {
  { 0, B, YELLOW, SAME,
    "Ny analyse viser færre brukere enn antatt; forventet nytte er nedjustert med om lag en "
    "tredel.", NULL, NULL, NULL },
  { 1, C, YELLOW, SAME,
    "Kostnadsestimatet er oppjustert med om lag 30 % etter markedsdialog.", NULL, NULL,
    NULL },
  { 2, B, RED, SAME,
    "Nyttevirkningene står ikke lenger i forhold til kostnadene; tiltakseier anbefaler at "
    "tiltaket stoppes.", NULL,
    "Tiltakseier anbefaler å stoppe tiltaket.",
    "Beslutning om å stoppe tiltaket ved neste beslutningspunkt." },
};

static const DemoStoryEvent story_dependency[] = {
  { 0, T, YELLOW, SAME,
    "{K} har utsatt lanseringen av ny versjon av grensesnittet; integrasjonen vår må vente.",
    NULL, NULL, NULL },
  { 2, R, YELLOW, SAME,
    "Avhengigheten til {K} er kritisk for innføringen; en midlertidig manuell rutine er "
    "etablert.", NULL, NULL, NULL },
  { 3, T, RED, SAME,
    "Ny dato for {K} er ikke bekreftet, og integrasjonen er blokkert.", NULL,
    "Integrasjonen er blokkert i påvente av ny versjon av {K}.",
    "Avhengigheten bør løftes til Porteføljerådet for dialog med forvalteren av {K}." },
  { 5, T, YELLOW, SAME,
    "Forvalteren av {K} har bekreftet ny dato; integrasjonstesten starter i {M1}.", NULL,
    NULL, NULL },
  { 6, R, GREEN, SAME,
    "Integrasjonstesten mot {K} er gjennomført uten alvorlige feil.", NULL, NULL, NULL },
  { 8, T, GREEN, SAME,
    "Integrasjonen er i produksjon; framdriften er tilbake på plan.", NULL, NULL, NULL },
};

static const DemoStoryEvent story_pause[] = {
  { 0, C, YELLOW, SAME,
    "Økonomiplanen gir lavere ramme for digitalisering neste år; tiltaket må prioriteres på "
    "nytt.", NULL, NULL, NULL },
  { 1, T, YELLOW, SAME,
    "Helseforetaket har utsatt sin del av meldingsutvekslingen til neste år.", NULL, NULL,
    "Tiltakseier foreslår å sette tiltaket på pause til helseforetaket har bekreftet ny "
    "dato." },
  { 2, T, RED, SAME,
    "Tiltaket er satt på pause etter vedtak i Ledergruppen til helseforetaket har bekreftet "
    "ny dato.", NULL, "Tiltaket er satt på pause etter vedtak i Ledergruppen.", NULL },
};

static const DemoStoryEvent story_users[] = {
  { 0, Q, YELLOW, SAME,
    "Brukertesten viste at løsningen er vanskelig å bruke for eldre innbyggere; nytt design "
    "testes i {M1}.", NULL, NULL, NULL },
  { 2, Q, GREEN, SAME,
    "Nytt design er testet med brukerpanelet med gode resultater.", NULL, NULL, NULL },
  { 9, S, YELLOW, SAME,
    "{P} har meldt nye krav om integrasjon mot eget arkiv; endringsanmodningen er til "
    "vurdering.", NULL, NULL,
    "Endringsanmodning fra {P} må behandles av tiltakseier." },
  { 11, S, GREEN, SAME,
    "Endringsanmodningen er behandlet, og kravet er lagt til neste fase.", NULL, NULL, NULL },
};

static const DemoStoryEvent story_price[] = {
  { 0, C, GREEN, YELLOW,
    "Prisjusteringen i rammeavtalen gir om lag 6 % høyere kostnader enn lagt til grunn.",
    "Merkostnaden dekkes av usikkerhetsavsetningen som tiltakseier disponerer; netto "
    "belastning er innenfor styringsrammen.", NULL, NULL },
  { 4, C, YELLOW, SAME,
    "Usikkerhetsavsetningen er disponert til andre formål; merkostnaden må nå dekkes "
    "innenfor styringsrammen.", NULL, NULL, NULL },
  { 7, S, YELLOW, SAME,
    "Lisensavtalen er reforhandlet; to moduler er tatt ut av omfanget for å holde kostnadene "
    "nede.", NULL, NULL, NULL },
  { 8, C, GREEN, SAME,
    "Etter reforhandlingen ligger prognosen innenfor styringsrammen (P50).", NULL, NULL,
    NULL },
  { 10, S, GREEN, SAME,
    "Omfanget er stabilt etter reforhandlingen.", NULL, NULL, NULL },
};

static const DemoStoryEvent story_adoption[] = {
  { 0, U, YELLOW, SAME,
    "Ansatte i {P} er bekymret for arbeidsmengden i innføringsperioden; tillitsvalgte er "
    "involvert.", NULL, NULL, NULL },
  { 2, B, YELLOW, SAME,
    "Innføringen går saktere enn planlagt i to av fire kommuner; nyttevirkningene kommer "
    "senere enn forutsatt.", NULL, NULL, NULL },
  { 4, U, GREEN, SAME,
    "Det er inngått avtale med tillitsvalgte om innføringsplan og opplæring i arbeidstiden.",
    NULL, NULL, NULL },
  { 6, B, GREEN, SAME,
    "Alle fire kommuner har tatt løsningen i bruk.", NULL, NULL, NULL },
};

static const DemoStoryEvent story_early_warning[] = {
  { 0, T, YELLOW, GREEN,
    "Leverandøren har mistet to nøkkelpersoner, og ny bemanningsplan er ikke bekreftet.",
    "Milepælene holder foreløpig, men vi melder gult for å varsle tidlig om usikker "
    "bemanning hos leverandøren.", NULL, NULL },
  { 2, T, GREEN, SAME,
    "Leverandøren har bemannet teamet igjen; framdriften er stabil.", NULL, NULL, NULL },
  { 3, R, YELLOW, SAME,
    "Risiko for sårbarheter i den eldre integrasjonsplattformen; oppgradering er planlagt.",
    NULL, NULL, NULL },
  { 6, R, GREEN, SAME,
    "Integrasjonsplattformen er oppgradert, og risikoen er lukket.", NULL, NULL, NULL },
};

#define STORY(events, risk, closes) { events, G_N_ELEMENTS (events), risk, closes }

const DemoStory demo_stories[DEMO_N_STORIES] = {
  [ST_SUPPLIER_DELAY] = STORY (story_supplier_delay, 21, 10),
  [ST_TEAM_HEALTH] = STORY (story_team_health, 20, 4),
  [ST_SECURITY] = STORY (story_security, 1, 8),
  [ST_BENEFITS_LAG] = STORY (story_benefits_lag, 25, 9),
  [ST_COMPETENCE] = STORY (story_competence, 19, 5),
  [ST_BRAVE_STOP] = STORY (story_brave_stop, 26, DEMO_NEVER),
  [ST_DEPENDENCY] = STORY (story_dependency, 12, 8),
  [ST_PAUSE] = STORY (story_pause, 27, DEMO_NEVER),
  [ST_USERS] = STORY (story_users, 0, DEMO_NEVER),
  [ST_PRICE] = STORY (story_price, 15, 8),
  [ST_ADOPTION] = STORY (story_adoption, 18, 6),
  [ST_EARLY_WARNING] = STORY (story_early_warning, 13, 6),
};

#undef T
#undef C
#undef B
#undef Q
#undef S
#undef U
#undef R

/* ── Risks ─────────────────────────────────────────────────────────────────────────── */

const DemoRisk demo_risks[] = {
  /* 0 */ { RISK_INFORMATION_SECURITY, 3, 4, "Kritisk sårbarhet i tredjepartskomponent",
            "En komponent i løsningen har en kjent sårbarhet som ikke er utbedret.",
            "Krav om patching innen 14 dager i driftsavtalen og ukentlig "
            "sårbarhetsskanning." },
  /* 1 */ { RISK_INFORMATION_SECURITY, 3, 5, "Løsepengevirus rammer fagsystemet",
            "Et angrep kan stoppe tjenesten i flere dager og føre til tap av data.",
            "Isolerte sikkerhetskopier, øvelse i gjenoppretting og segmentert nettverk." },
  /* 2 */ { RISK_INFORMATION_SECURITY, 2, 4, "Mangelfull tilgangsstyring",
            "Ansatte kan ha tilgang til flere opplysninger enn oppgavene krever.",
            "Rollebasert tilgang fra HR-systemet og gjennomgang av tilganger hvert "
            "kvartal." },
  /* 3 */ { RISK_INFORMATION_SECURITY, 3, 3, "Mangelfull logging av oppslag",
            "Uten logging kan uautoriserte oppslag i personopplysninger ikke avdekkes.",
            "Sentral logging og månedlig kontroll av avvikende oppslag." },
  /* 4 */ { RISK_INFORMATION_SECURITY, 2, 5, "Kompromitterte brukerkontoer",
            "Phishing kan gi angripere tilgang til e-post og fagsystemer.",
            "Tofaktorautentisering for alle og årlig phishing-øvelse." },
  /* 5 */ { RISK_PRIVACY, 3, 4, "Uklart behandlingsgrunnlag for ny bruk av data",
            "Opplysninger samlet inn til ett formål kan bli brukt til et nytt formål uten "
            "avklart hjemmel.",
            "Juridisk vurdering og personvernkonsekvensvurdering (DPIA) før data tas i bruk." },
  /* 6 */ { RISK_PRIVACY, 2, 4, "Overføring av personopplysninger ut av EØS",
            "Skytjenesten kan gi leverandøren tilgang fra land utenfor EØS.",
            "Databehandleravtale, vurdering av overføringen og krav om lagring i EØS." },
  /* 7 */ { RISK_PRIVACY, 3, 3, "DPIA blir ikke ferdig før produksjonssetting",
            "Personvernkonsekvensvurderingen er forsinket.",
            "Prioritere DPIA i planen og involvere personvernombudet tidlig." },
  /* 8 */ { RISK_PRIVACY, 2, 3, "Sensitive opplysninger i fritekstfelt",
            "Saksbehandlere skriver helseopplysninger i felt som ikke er skjermet.",
            "Opplæring, maler og varsel når sensitive ord brukes." },
  /* 9 */ { RISK_PRIVACY, 2, 4, "Personopplysninger slettes ikke i tide",
            "Gamle opplysninger blir liggende lenger enn formålet tilsier.",
            "Slettereglement i løsningen og årlig kontroll." },
  /* 10 */ { RISK_TECHNOLOGY, 3, 3, "Ustabil integrasjon mot fagsystemet",
             "Integrasjonen har feilet flere ganger i test.",
             "Overvåking av integrasjonen og avtalt responstid hos leverandøren." },
  /* 11 */ { RISK_TECHNOLOGY, 3, 4, "Forsinkelse i nasjonal fellesløsning",
             "Ny versjon av {K} er forsinket, og integrasjonen kan ikke testes.",
             "Tett dialog med forvalteren, midlertidig manuell rutine og alternativ "
             "testplan." },
  /* 12 */ { RISK_TECHNOLOGY, 2, 3, "Utdatert integrasjonsplattform",
             "Integrasjonsplattformen er ute av leverandørstøtte om et år.",
             "Oppgradering planlagt i samarbeid med driftsleverandøren." },
  /* 13 */ { RISK_TECHNOLOGY, 2, 4, "Dårlig datakvalitet i kildesystemene",
             "Feil og mangler i kildedata gir feil i rapporter og vedtak.",
             "Regler for datakvalitet og en ansvarlig dataeier for hver kilde." },
  /* 14 */ { RISK_FINANCE, 3, 3, "Prisøkning i rammeavtalen",
             "Indeksregulering og nye lisensmodeller øker kostnadene.",
             "Reforhandling og bruk av kuttlisten ved behov." },
  /* 15 */ { RISK_FINANCE, 2, 4, "Kutt i økonomiplanen",
             "Lavere rammer for digitalisering kan stoppe planlagte leveranser.",
             "Tydelig prioritering i porteføljen og dokumenterte nyttevirkninger." },
  /* 16 */ { RISK_ORGANISATION, 3, 3, "Lav involvering fra linjen",
             "Enhetene prioriterer daglig drift foran innføringen.",
             "Forankring i ledergruppen og frikjøp av superbrukere." },
  /* 17 */ { RISK_ORGANISATION, 2, 3, "Motstand mot nye arbeidsformer",
             "Ansatte opplever at endringen gir merarbeid.",
             "Involvering av tillitsvalgte, opplæring og tydelig kommunikasjon om hvorfor." },
  /* 18 */ { RISK_COMPETENCE, 4, 3, "Mangel på informasjonssikkerhetskompetanse",
             "Tiltaket konkurrerer med andre tiltak om få sikkerhetsressurser.",
             "Felles sikkerhetsressurser i DigiFjord og rammeavtale for innleie." },
  /* 19 */ { RISK_COMPETENCE, 3, 3, "Avhengighet av nøkkelpersoner",
             "Kunnskapen om løsningen ligger hos én eller to personer.",
             "Dokumentasjon, parprogrammering og plan for kompetanseoverføring." },
  /* 20 */ { RISK_SUPPLIER, 3, 4, "Leverandøren leverer ikke til avtalt tid",
             "{L} har mange kunder og begrenset kapasitet.",
             "Dagmulkt i kontrakten, ukentlige statusmøter og tett oppfølging." },
  /* 21 */ { RISK_SUPPLIER, 2, 4, "Innlåsing hos leverandøren",
             "Det er vanskelig å bytte leverandør eller hente ut data.",
             "Krav om åpne grensesnitt og exit-plan i kontrakten." },
  /* 22 */ { RISK_LEGAL, 2, 4, "Uklar hjemmel for automatisert saksbehandling",
             "Regelverket gir ikke klart grunnlag for helautomatiske vedtak.",
             "Juridisk vurdering og manuell kontroll inntil hjemmelen er avklart." },
  /* 23 */ { RISK_LEGAL, 2, 3, "Klage på anskaffelsen",
             "En tilbyder kan klage til KOFA og forsinke kontraktsinngåelsen.",
             "Grundig dokumentasjon av evalueringen og karensperiode." },
  /* 24 */ { RISK_BENEFITS, 3, 3, "Gamle rutiner videreføres ved siden av nye",
             "Nyttevirkningene uteblir når enhetene ikke slutter med manuelle rutiner.",
             "Nytteeier følger opp rutineendringer og måler indikatorene hvert kvartal." },
  /* 25 */ { RISK_BENEFITS, 3, 4, "Færre brukere enn antatt",
             "Nytten er beregnet ut fra et brukervolum som kanskje ikke nås.",
             "Ny analyse av brukervolum før neste beslutningspunkt." },
  /* 26 */ { RISK_SCHEDULE, 3, 3, "Avhengighet til samarbeidspart",
             "Samarbeidsparten har andre prioriteringer og kan forsinke vår leveranse.",
             "Felles plan og avklarte beslutningspunkter med samarbeidsparten." },
  /* 27 */ { RISK_SCHEDULE, 3, 2, "Innføringen kolliderer med ferieavviklingen",
             "Opplæring og innføring i juni til august gir lav deltakelse.",
             "Innføring planlegges utenom ferien, med opplæring på forhånd." },
};
const guint demo_n_risks = G_N_ELEMENTS (demo_risks);

/* ── Benefits (nyttevirkninger) ────────────────────────────────────────────────────── */

const DemoBenefit demo_benefits[] = {
  { FA_SERVICES, "efficiency", 1, "NOK", "Spart saksbehandlingstid",
    "Søknader med forhåndsutfylte opplysninger gir mindre manuell registrering og færre "
    "purringer.",
    "Gjennomsnittlig saksbehandlingstid", "minutter per sak", 0, 95, 55, 180 },
  { FA_SERVICES, "user", 0, "dager", "Kortere svartid for innbyggerne",
    "Innbyggerne får svar raskere fordi saken kommer komplett inn.",
    "Tid fra søknad til vedtak", "dager", 0, 21, 9, 12 },
  { FA_SERVICES, "user", 0, "prosentpoeng", "Flere søknader leveres digitalt",
    "Flere innbyggere bruker de digitale kanalene.",
    "Andel søknader levert digitalt", "%", 1, 35, 85, 50 },
  { FA_SERVICES, "efficiency", 0, "henvendelser", "Færre henvendelser til servicetorget",
    "Innbyggerne kan selv se status i saken.",
    "Henvendelser om status i saken per måned", "antall", 0, 1400, 600, 9600 },
  { FA_DATA, "efficiency", 1, "NOK", "Mindre tid til manuell rapportering",
    "Styringsdata hentes automatisk fra fagsystemene i stedet for fra regneark.",
    "Timer brukt på manuell rapportering per måned", "timer", 0, 320, 80, 120 },
  { FA_DATA, "quality", 0, "prosentpoeng", "Bedre beslutningsgrunnlag for ledere",
    "Ledere bruker oppdaterte data når de planlegger og prioriterer.",
    "Andel ledere som bruker styringsdata hver måned", "%", 1, 20, 80, 60 },
  { FA_DATA, "efficiency", 1, "NOK", "Færre lokale registre å vedlikeholde",
    "Nasjonale registre brukes direkte i stedet for lokale kopier.",
    "Antall lokale kopier av nasjonale registre", "antall", 0, 14, 2, 90 },
  { FA_DATA, "societal", 0, "prosentpoeng", "Bedre planlegging av tjenestetilbudet",
    "Kommunene treffer bedre med kapasitet i helse og omsorg.",
    "Avvik mellom prognose og faktisk behov for sykehjemsplasser", "%", 0, 18, 6, 12 },
  { FA_SECURITY, "quality", 0, "hendelser", "Færre alvorlige sikkerhetshendelser",
    "Tjenestene er mindre sårbare for angrep og feil.",
    "Alvorlige sikkerhetshendelser per år", "antall", 0, 6, 1, 5 },
  { FA_SECURITY, "efficiency", 1, "NOK", "Raskere håndtering av hendelser",
    "Hendelser oppdages og håndteres før de får store konsekvenser.",
    "Tid fra varsel til tiltak", "timer", 0, 36, 4, 60 },
  { FA_SECURITY, "quality", 0, "prosentpoeng", "Bedre etterlevelse av personvernregelverket",
    "Fagsystemene har oppdaterte risikovurderinger og personvernkonsekvensvurderinger.",
    "Andel fagsystemer med oppdatert ROS og DPIA", "%", 1, 30, 100, 70 },
  { FA_SECURITY, "user", 0, "prosentpoeng", "Tryggere innlogging for ansatte",
    "Alle ansatte logger på med tofaktor.",
    "Andel ansatte med tofaktor", "%", 1, 10, 100, 90 },
  { FA_GREEN, "efficiency", 1, "NOK", "Lavere lisens- og driftskostnader",
    "Færre systemer og skytjenester i stedet for eget datarom gir lavere kostnader.",
    "Årlige lisens- og driftskostnader", "mill. kr", 0, 42, 31, 200 },
  { FA_GREEN, "societal", 0, "kWh", "Lavere energibruk",
    "Mindre strøm til drift og oppvarming.",
    "Energibruk i berørte bygg", "kWh per m²", 0, 165, 135, 450000 },
  { FA_GREEN, "efficiency", 1, "NOK", "Færre manuelle fakturaoperasjoner",
    "Fakturaer mottas og konteres elektronisk.",
    "Andel fakturaer behandlet automatisk", "%", 1, 20, 85, 250 },
  { FA_GREEN, "societal", 0, "brev", "Mindre papir og porto",
    "Brev sendes digitalt til alle som ikke har reservert seg.",
    "Brev sendt på papir per måned", "antall", 0, 18000, 2500, 180000 },
  { FA_COMPETENCE, "quality", 0, "prosentpoeng", "Ledere som leder digital endring",
    "Ledere har kompetanse til å lede innføring av nye løsninger.",
    "Andel ledere som har gjennomført programmet", "%", 1, 5, 95, 90 },
  { FA_COMPETENCE, "efficiency", 1, "NOK", "Raskere innføring av nye løsninger",
    "Nye løsninger tas i bruk fullt ut raskere etter produksjonssetting.",
    "Måneder fra produksjonssetting til full bruk", "måneder", 0, 9, 4, 40 },
  { FA_COMPETENCE, "user", 0, "poeng", "Mer fornøyde ansatte",
    "Ansatte opplever at de digitale verktøyene hjelper dem i jobben.",
    "Ansattes tilfredshet med digitale verktøy (1–6)", "poeng", 1, 3.6, 4.6, 1 },
  { FA_COMPETENCE, "quality", 0, "prosentpoeng", "Flere enheter med superbrukere",
    "Hver enhet har en superbruker som hjelper kollegene.",
    "Andel enheter med superbruker", "%", 1, 40, 100, 60 },
};
const guint demo_n_benefits = G_N_ELEMENTS (demo_benefits);

/* ── Report texts ──────────────────────────────────────────────────────────────────── */

static const char *const no_lines[] = { NULL };

static const char *const summary_concept[] = {
  "Konseptfasen går etter plan; behovsanalysen er gjennomført i alle fire kommuner.",
  "Alternativanalysen er i gang, og tre konsepter vurderes opp mot hverandre.",
  "Arbeidet med prosjektforslaget går som planlagt, og interessentene er involvert.",
  "Markedsdialogen er gjennomført, og konseptvalget forberedes.",
  "Foreløpig prosjektbegrunnelse er utarbeidet og forankret hos tiltakseier.",
  NULL
};
static const char *const summary_planning[] = {
  "Planleggingsfasen går etter plan; styringsdokumentet er under arbeid.",
  "Plan for nyttestyring og risikoregister er utarbeidet.",
  "Anskaffelsen er kunngjort, og tilbudsfristen holder.",
  "Prosjektorganisasjonen er etablert, og faseplanen er godkjent av styringsgruppen.",
  "Kravspesifikasjonen er ferdig, og ROS-analysen er gjennomført.",
  NULL
};
static const char *const summary_execution[] = {
  "Gjennomføringen går etter plan; leveransene i perioden er levert.",
  "Sprintene leverer som planlagt, og brukertestene gir gode tilbakemeldinger.",
  "Integrasjonsarbeidet går etter plan, og testmiljøet er stabilt.",
  "Innføringen i {P} går som planlagt.",
  "Framdrift, kostnader og kvalitet er innenfor toleransene.",
  "Leverandøren leverer i henhold til avtalt plan.",
  NULL
};
static const char *const summary_closing[] = {
  "Avslutningsfasen går etter plan; sluttrapporten er under arbeid.",
  "Overleveringen til forvaltning er gjennomført, og dokumentasjonen er oppdatert.",
  "Erfaringene er oppsummert sammen med styringsgruppen.",
  NULL
};
static const char *const summary_realisation[] = {
  "Løsningen er i drift, og nyttevirkningene følges opp av nytteeier.",
  "Målingene viser at nyttevirkningene utvikler seg som planlagt.",
  "Nytteeier rapporterer stabil bruk og færre manuelle rutiner.",
  "Gevinstuttaket er innarbeidet i budsjettet som planlagt.",
  NULL
};

const char *const *const demo_summary_pool[DEMO_N_PHASES] = {
  no_lines, summary_concept, summary_planning, summary_execution, summary_closing,
  summary_realisation,
};

static const char *const achieved_concept[] = {
  "Behovskartlegging med alle fire kommuner er gjennomført.",
  "Workshop med brukerpanelet er gjennomført.",
  "Markedsdialog med fem leverandører er gjennomført.",
  "Nullpunktsmåling er gjennomført.",
  "Utkast til prosjektforslag er sendt på intern høring.",
  NULL
};
static const char *const achieved_planning[] = {
  "Utkast til styringsdokument er sendt til godkjenning.",
  "ROS-analyse er gjennomført.",
  "Anskaffelsesstrategien er vedtatt.",
  "Prosjektplan og ressursplan er avklart med linjen.",
  "DPIA er påbegynt sammen med personvernombudet.",
  NULL
};
static const char *const achieved_execution[] = {
  "To sprinter er levert; ny versjon er i testmiljøet.",
  "Integrasjonen mot {K} er testet.",
  "Superbrukere i {P} har fått opplæring.",
  "Akseptansetest av delleveranse er gjennomført.",
  "Ny versjon er satt i produksjon uten avvik.",
  "Brukertest med innbyggere er gjennomført.",
  NULL
};
static const char *const achieved_closing[] = {
  "Sluttrapporten er sendt til tiltakseier.",
  "Forvaltningsavtalen er signert.",
  "Prosjektorganisasjonen er avviklet.",
  NULL
};
static const char *const achieved_realisation[] = {
  "Kvartalsvis måling av indikatorene er gjennomført.",
  "Gevinstuttaket for {Y} er avtalt med økonomiavdelingen.",
  "Rutinene i enhetene er oppdatert.",
  "Oppfølgingsmøte med nytteeier er gjennomført.",
  NULL
};

const char *const *const demo_achievement_pool[DEMO_N_PHASES] = {
  no_lines, achieved_concept, achieved_planning, achieved_execution, achieved_closing,
  achieved_realisation,
};

static const char *const next_concept[] = {
  "Ferdigstille alternativanalysen.",
  "Legge fram prosjektforslaget for tiltakseier.",
  "Gjennomføre nullpunktsmåling.",
  "Avklare finansiering med kommunene i samarbeidet.",
  NULL
};
static const char *const next_planning[] = {
  "Ferdigstille styringsdokumentet og plan for nyttestyring.",
  "Evaluere tilbudene og innstille leverandør.",
  "Ferdigstille DPIA.",
  "Etablere prosjektorganisasjon og styringsgruppe.",
  NULL
};
static const char *const next_execution[] = {
  "Levere neste to sprinter etter planen.",
  "Gjennomføre akseptansetest.",
  "Starte opplæring av superbrukere i {P}.",
  "Forberede produksjonssetting av neste versjon.",
  "Følge opp risikoer med høy score.",
  NULL
};
static const char *const next_closing[] = {
  "Ferdigstille sluttrapporten.",
  "Overlevere dokumentasjon og drift til forvaltning.",
  "Gjennomføre erfaringsseminar.",
  NULL
};
static const char *const next_realisation[] = {
  "Gjennomføre neste måling av indikatorene.",
  "Rapportere realiserte nyttevirkninger til porteføljekontoret.",
  "Følge opp enheter med lav bruk.",
  NULL
};

const char *const *const demo_next_pool[DEMO_N_PHASES] = {
  no_lines, next_concept, next_planning, next_execution, next_closing, next_realisation,
};

const char *const demo_deviation_pool[] = {
  "Tiltak er iverksatt; se kommentaren under hver parameter.",
  "Tiltakseier er orientert og følger opp.",
  "Avviket er meldt til porteføljekontoret.",
  "Styringsgruppen har behandlet avviket.",
  NULL
};

const char *const demo_descoping_pool[] = {
  "Selvbetjeningsmodul for pårørende",
  "Avansert rapportpakke for ledere",
  "Automatisk tildeling av saker",
  "Engelsk språkversjon i første versjon",
  "Migrering av historiske data eldre enn ti år",
  "Integrasjon mot eget kvalitetssystem",
  "Egen mobilapp (nettløsningen beholdes)",
  "Eget testmiljø for hver kommune",
  "Utvidet brukerstøtte utenom kontortid i innføringsperioden",
  "Automatisk varsling på SMS",
  "Tilpasset utseende for hver kommune",
  "Kobling til datavarehus i første versjon",
  NULL
};

const char *const demo_gate_conditions_pool[] = {
  "Oppdatert plan for nyttestyring legges fram innen tre måneder.",
  "Personvernkonsekvensvurderingen (DPIA) skal være godkjent før produksjonssetting.",
  "Kuttlisten oppdateres og legges fram sammen med neste statusrapport.",
  "Ressurser innen informasjonssikkerhet skal være avklart før oppstart.",
  "Exit-strategi for leverandøren skal beskrives i styringsdokumentet.",
  NULL
};

const char *const demo_copy_variants[] = {
  "region Nord", "region Sør", "region Øst", "region Vest", "indre", "ytre", "kyst",
  "trinn 2", "utvidelse", "samarbeid Vest", "fase 2", "innlandet",
  NULL
};

const char *const demo_month_names[12] = {
  "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
  "oktober", "november", "desember",
};

const char *const demo_dimension_names[DEMO_N_DIMS] = {
  "tid", "kostnad", "nyttevirkninger", "kvalitet", "omfang", "bærekraft", "risiko",
};

const char *const demo_gate_summary[DEMO_N_GATES] = {
  [DEMO_GATE_BP1] = "BP1 er passert: mandatet for konseptfasen er godkjent.",
  [DEMO_GATE_BP2] = "BP2 er passert: prosjektforslaget er godkjent, og planleggingsfasen er "
                    "startet.",
  [DEMO_GATE_BP3] = "BP3 er passert: styringsdokumentet er godkjent, og tiltaket er i "
                    "gjennomføringsfasen.",
  [DEMO_GATE_BP4] = "BP4 er passert: leveransen er godkjent, og avslutningsfasen er startet.",
  [DEMO_GATE_BP5] = "BP5 er passert: sluttrapporten er godkjent, og nyttevirkningene følges "
                    "opp i linjen.",
  [DEMO_GATE_BP6] = "BP6: konseptevalueringen er gjennomført, og tiltaket er avsluttet.",
  [DEMO_GATE_KS1] = "Ekstern kvalitetssikring av konseptvalget (KS1) er gjennomført.",
  [DEMO_GATE_KS2] = "Ekstern kvalitetssikring av styringsunderlag og kostnadsoverslag (KS2) "
                    "er gjennomført.",
};

const char *const demo_gate_milestone[DEMO_N_GATES] = {
  [DEMO_GATE_BP1] = "BP1 Mandat for konseptfasen godkjent",
  [DEMO_GATE_BP2] = "BP2 Prosjektforslag godkjent",
  [DEMO_GATE_BP3] = "BP3 Styringsdokument godkjent",
  [DEMO_GATE_BP4] = "BP4 Leveranse godkjent, start avslutning",
  [DEMO_GATE_BP5] = "BP5 Sluttrapport godkjent",
  [DEMO_GATE_BP6] = "BP6 Konseptevaluering",
  [DEMO_GATE_KS1] = "KS1 Kvalitetssikring av konseptvalg",
  [DEMO_GATE_KS2] = "KS2 Kvalitetssikring av styringsunderlag",
};

const char *const demo_gate_decision_needed[DEMO_N_GATES] = {
  [DEMO_GATE_BP1] = "Godkjenning av mandat for konseptfasen (BP1).",
  [DEMO_GATE_BP2] = "Godkjenning av prosjektforslaget og oppstart av planleggingsfasen (BP2).",
  [DEMO_GATE_BP3] = "Godkjenning av styringsdokumentet, styringsramme og kostnadsramme (BP3).",
  [DEMO_GATE_BP4] = "Godkjenning av leveransen og overgang til avslutning (BP4).",
  [DEMO_GATE_BP5] = "Godkjenning av sluttrapporten (BP5).",
  [DEMO_GATE_BP6] = "Godkjenning av konseptevalueringen (BP6).",
  [DEMO_GATE_KS1] = "Bestilling av ekstern kvalitetssikring (KS1).",
  [DEMO_GATE_KS2] = "Bestilling av ekstern kvalitetssikring (KS2).",
};

static const char *const delivery_project[] = {
  "Kontrakt signert", "Akseptansetest gjennomført", "Produksjonssetting",
  "Innført i alle enheter", NULL
};
static const char *const delivery_programme[] = {
  "Programplan godkjent", "Første delleveranse i drift", "Midtveisevaluering av programmet",
  "Alle prosjekter i gjennomføring", NULL
};
static const char *const delivery_team[] = {
  "Veikart vedtatt", "Versjon 1.0 i drift", "Versjon 2.0 i drift",
  "Tatt i bruk i alle fire kommuner", NULL
};
static const char *const delivery_pilot[] = {
  "Piloten startet i første enhet", "Midtveisevaluering av piloten", "Piloten avsluttet", NULL
};
static const char *const delivery_innovation[] = {
  "Innsikt og behovsanalyse ferdig", "Prototype testet med brukere",
  "Anbefaling om videre arbeid", NULL
};

const char *const *const demo_delivery_milestones[DEMO_N_KINDS] = {
  [DEMO_KIND_PROJECT] = delivery_project,
  [DEMO_KIND_PROGRAMME] = delivery_programme,
  [DEMO_KIND_PRODUCT_TEAM] = delivery_team,
  [DEMO_KIND_PILOT] = delivery_pilot,
  [DEMO_KIND_INNOVATION] = delivery_innovation,
  [DEMO_KIND_IDEA] = no_lines,
};

#define ANY_GREY "Ikke vurdert i perioden."
#define ANY_GREEN "Tilbake innenfor toleransen."
#define ANY_YELLOW "Avvik som tiltakseier kan håndtere; tiltak er iverksatt."
#define ANY_RED "Avviket er utenfor toleransen og er eskalert til tiltakseier."

const char *const demo_change_comment[DEMO_N_DIMS][DEMO_N_RAGS] = {
  [DEMO_DIM_TIME] = { NULL, ANY_GREY, ANY_GREEN, ANY_YELLOW, ANY_RED },
  [DEMO_DIM_COST] = { NULL, ANY_GREY,
                      "Kostnadsestimat foreligger; kostnad vurderes fra planleggingsfasen.",
                      ANY_YELLOW, ANY_RED },
  [DEMO_DIM_BENEFITS] = { NULL, ANY_GREY,
                          "Plan for nyttestyring er utarbeidet; nyttevirkningene vurderes fra "
                          "planleggingsfasen.", ANY_YELLOW, ANY_RED },
  [DEMO_DIM_QUALITY] = { NULL, ANY_GREY, ANY_GREEN, ANY_YELLOW, ANY_RED },
  [DEMO_DIM_SCOPE] = { NULL, ANY_GREY, ANY_GREEN, ANY_YELLOW, ANY_RED },
  [DEMO_DIM_SUSTAINABILITY] = { NULL, ANY_GREY, ANY_GREEN, ANY_YELLOW, ANY_RED },
  [DEMO_DIM_RISK] = { NULL, ANY_GREY, ANY_GREEN, ANY_YELLOW, ANY_RED },
};

/* ── Initiatives ───────────────────────────────────────────────────────────────────── */

#define N DEMO_NEVER
#define M(k) DEMO_AT_MEETING (k)
#define PROJECT DEMO_KIND_PROJECT
#define PROGRAMME DEMO_KIND_PROGRAMME
#define TEAM DEMO_KIND_PRODUCT_TEAM
#define PILOT DEMO_KIND_PILOT
#define INNOVATION DEMO_KIND_INNOVATION
#define IDEA DEMO_KIND_IDEA
#define WATERFALL DEMO_METHOD_WATERFALL
#define AGILE DEMO_METHOD_AGILE
#define HYBRID DEMO_METHOD_HYBRID
#define PROPOSED DEMO_LIFE_PROPOSED
#define ACTIVE DEMO_LIFE_ACTIVE
#define PAUSED DEMO_LIFE_PAUSED
#define CLOSED DEMO_LIFE_CLOSED
#define STOPPED DEMO_LIFE_STOPPED
#define MERGED DEMO_LIFE_MERGED
#define SPM DEMO_FLAG_STATE_PROJECT_MODEL
#define COFIN DEMO_FLAG_CO_FINANCED
#define NATIONAL DEMO_FLAG_NATIONAL_PORTFOLIO

const DemoInitiative demo_initiatives[DEMO_N_INITIATIVES] = {
  /* 0 */
  { .prefix = "DF", .title = "Sammenhengende tjenester for innbyggerne",
    .what = "Gjør det enkelt for innbyggerne å søke om, følge og motta kommunale tjenester "
            "digitalt, på tvers av de fire kommunene i DigiFjord.",
    .kind = PROGRAMME, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_SORENSEN, .leader = P_MOEN, .benefit_owner = P_LIE,
    .phase = { -66, -62, -56, -48, N, N }, .end = N, .planned_end = 14, .next_gate = N,
    .value = 5, .complexity = 5, .flags = COFIN, .p50 = 64000,
    .focus = { FA_SERVICES, FA_DATA }, .focus_weight = { 70, 30 },
    .goal = { GO_O1, GO_O2 }, .goal_weight = { 60, 40 },
    .agencies = "Np Lp Op Df Nb Lb Ob",
    .component = { NC_IDPORTEN, NC_FOLKEREGISTERET, NC_ALTINN },
    .story = { ST_USERS, ST_ADOPTION }, .story_at = { -44, -14 },
    .supplier = "Fjordkode AS", .architect = P_HADDAD },
  /* 1 */
  { .prefix = "DF", .title = "Digital søknad om helse- og omsorgstjenester",
    .what = "Innbyggere og pårørende kan søke om hjemmetjenester, omsorgsstønad og plass i "
            "institusjon digitalt, med innlogging via ID-porten og svar i digital postkasse.",
    .kind = PROJECT, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_LIE, .leader = P_SAETHER, .benefit_owner = P_LIE, .parent = DEMO_REF (0),
    .phase = { -60, -56, -50, -40, N, N }, .end = N, .planned_end = 4, .next_gate = N,
    .value = 5, .complexity = 4, .flags = COFIN, .p50 = 18500,
    .focus = { FA_SERVICES }, .focus_weight = { 100 },
    .goal = { GO_R1, GO_O2 }, .goal_weight = { 70, 30 },
    .agencies = "Np Lp Op Df",
    .component = { NC_FOLKEREGISTERET, NC_IDPORTEN, NC_SVARUT },
    .depends_on = { DEMO_REF (22) },
    .story = { ST_USERS, ST_SUPPLIER_DELAY }, .story_at = { -36, -12 },
    .supplier = "Nordlys Systemer AS", .frame_revised_at = 2 + 1, .architect = P_HADDAD },
  /* 2 */
  { .prefix = "DF", .title = "Felles innbyggerdialog og chatbot",
    .what = "Et fast produktteam utvikler og forvalter chatbot og digitale dialogkanaler for "
            "innbyggerne i alle fire kommuner.",
    .kind = TEAM, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_DAHL, .leader = P_HALVORSEN, .product_owner = P_HALVORSEN,
    .benefit_owner = P_SORENSEN, .parent = DEMO_REF (0),
    .phase = { N, -58, -56, -54, N, N }, .end = N, .planned_end = N, .next_gate = N,
    .value = 3, .complexity = 2, .annual = 4200,
    .focus = { FA_SERVICES, FA_GREEN }, .focus_weight = { 80, 20 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "Np Lp Op", .component = { NC_IDPORTEN, NC_KRR },
    .story = { ST_TEAM_HEALTH, ST_EARLY_WARNING, ST_USERS }, .story_at = { -40, -20, -7 },
    .supplier = "Bølge Consulting AS" },
  /* 3 */
  { .prefix = "DF", .title = "Digital postgang via SvarUt og Digipost",
    .what = "All utgående post fra kommunene sendes digitalt gjennom SvarUt til digital "
            "postkasse, med papir bare til dem som har reservert seg.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_SORENSEN, .leader = P_KRISTIANSEN, .benefit_owner = P_AAS,
    .parent = DEMO_REF (0),
    .phase = { -64, -60, -56, -50, -26, -23 }, .end = N, .planned_end = -24, .next_gate = N,
    .value = 3, .complexity = 2, .p50 = 4800,
    .focus = { FA_GREEN, FA_SERVICES }, .focus_weight = { 60, 40 },
    .goal = { GO_R2 }, .goal_weight = { 100 },
    .agencies = "Np Lp Op Nb Lb Ob",
    .component = { NC_SVARUT, NC_DIGIPOST, NC_KRR },
    .story = { ST_DEPENDENCY, ST_BENEFITS_LAG }, .story_at = { -44, -12 },
    .supplier = "Kystdata AS" },
  /* 4 */
  { .prefix = "DF", .title = "DigiSos – digital søknad om sosialhjelp i alle kommuner",
    .what = "Alle fire kommuner tar i bruk DigiSos, slik at søknad om økonomisk sosialhjelp "
            "kan sendes og følges digitalt.",
    .kind = PROJECT, .method = AGILE, .lifecycle = CLOSED, .agency = AG_FJORDVIK,
    .owner = P_LIE, .leader = P_LUND, .benefit_owner = P_LIE, .parent = DEMO_REF (0),
    .phase = { -62, -58, -54, -46, -14, M (1) }, .end = M (1), .planned_end = -10,
    .next_gate = N, .value = 4, .complexity = 2, .flags = COFIN, .p50 = 3200,
    .focus = { FA_SERVICES }, .focus_weight = { 100 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "Np Lp Op Df Nb Lb Ob",
    .component = { NC_DIGISOS, NC_IDPORTEN },
    .story = { ST_ADOPTION, ST_EARLY_WARNING }, .story_at = { -36, -20 } },
  /* 5 */
  { .prefix = "DF", .title = "Felles datagrunnlag for Fjordregionen",
    .what = "Gir kommunene i regionen ett felles og oppdatert datagrunnlag om innbyggere, "
            "eiendom og tjenester til styring og planlegging.",
    .kind = PROGRAMME, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_NORDSTRAND,
    .owner = P_RONNING, .leader = P_HOVLAND, .benefit_owner = P_RONNING,
    .phase = { -60, -56, -52, -46, N, N }, .end = N, .planned_end = 18, .next_gate = N,
    .value = 4, .complexity = 4, .p50 = 28000,
    .focus = { FA_DATA, FA_GREEN }, .focus_weight = { 80, 20 },
    .goal = { GO_O3, GO_O2 }, .goal_weight = { 70, 30 },
    .agencies = "Fp Lp Op Yp",
    .component = { NC_MATRIKKELEN, NC_FOLKEREGISTERET, NC_MASKINPORTEN },
    .story = { ST_EARLY_WARNING, ST_COMPETENCE, ST_ADOPTION }, .story_at = { -40, -26, -8 },
    .supplier = "Datavev AS", .architect = P_HADDAD },
  /* 6 */
  { .prefix = "DF", .title = "Felles dataplattform for fire kommuner",
    .what = "Etablerer en felles skybasert dataplattform der kommunene deler styringsdata på "
            "en trygg og personvernvennlig måte.",
    .kind = PROJECT, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_NORDSTRAND,
    .owner = P_RONNING, .leader = P_MYHRE, .benefit_owner = P_RONNING, .parent = DEMO_REF (5),
    .phase = { -58, -54, -50, -44, N, N }, .end = N, .planned_end = 6, .next_gate = N,
    .value = 4, .complexity = 4, .p50 = 14500,
    .focus = { FA_DATA }, .focus_weight = { 100 },
    .goal = { GO_R3 }, .goal_weight = { 100 },
    .agencies = "Fp Lp Op", .component = { NC_MASKINPORTEN },
    .story = { ST_COMPETENCE, ST_PRICE }, .story_at = { -30, -9 },
    .supplier = "Datavev AS", .frame_revised_at = 4 + 1, .architect = P_HADDAD },
  /* 7 */
  { .prefix = "DF", .title = "Styringsdata for helse og omsorg",
    .what = "Et produktteam lager dashbord for kapasitet, ventetid og bemanning i helse og "
            "omsorg, bygget på den felles dataplattformen.",
    .kind = TEAM, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_LIE, .leader = P_VIK, .product_owner = P_VIK, .benefit_owner = P_LIE,
    .parent = DEMO_REF (5),
    .phase = { N, -52, -50, -48, N, N }, .end = N, .planned_end = N, .next_gate = N,
    .value = 3, .complexity = 2, .annual = 3100,
    .focus = { FA_DATA, FA_SERVICES }, .focus_weight = { 70, 30 },
    .goal = { GO_O3 }, .goal_weight = { 100 },
    .agencies = "Np Lp Op", .depends_on = { DEMO_REF (6) },
    .story = { ST_TEAM_HEALTH, ST_USERS }, .story_at = { -34, -12 } },
  /* 8 */
  { .prefix = "DF", .title = "Deling av matrikkel- og eiendomsdata",
    .what = "Kommunene henter eiendoms- og adressedata direkte fra Matrikkelen via "
            "Maskinporten i stedet for å vedlikeholde egne kopier.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_LAGDAL,
    .owner = P_FJELD, .leader = P_BAKKE, .benefit_owner = P_SANDVIK, .parent = DEMO_REF (5),
    .phase = { -54, -50, -12, N, N, N }, .end = N, .planned_end = 16, .next_gate = M (7),
    .value = 3, .complexity = 3, .p50 = 6200,
    .focus = { FA_DATA }, .focus_weight = { 100 },
    .goal = { GO_R4 }, .goal_weight = { 100 },
    .agencies = "Fp Np Op Yb", .component = { NC_MATRIKKELEN, NC_MASKINPORTEN },
    .depends_on = { DEMO_REF (6) },
    .story = { ST_DEPENDENCY, ST_EARLY_WARNING }, .story_at = { -30, -5 } },
  /* 9 */
  { .prefix = "DF", .title = "Masterdata for adresser og enheter",
    .what = "Én felles kilde for adresser, organisasjonsenheter og kontaktinformasjon som alle "
            "fagsystemer kan slå opp i.",
    .kind = PROJECT, .method = AGILE, .lifecycle = MERGED, .agency = AG_FJORDVIK,
    .owner = P_DAHL, .leader = P_ODEGARD, .parent = DEMO_REF (5), .merged_into = DEMO_REF (6),
    .phase = { -56, -52, -20, N, N, N }, .end = M (4), .planned_end = 8, .next_gate = N,
    .value = 2, .complexity = 3, .annual = 900,
    .focus = { FA_DATA }, .focus_weight = { 100 },
    .goal = { GO_O2 }, .goal_weight = { 100 },
    .agencies = "Np Lp", .component = { NC_FOLKEREGISTERET, NC_MATRIKKELEN },
    .story = { ST_COMPETENCE }, .story_at = { -16 } },
  /* 10 */
  { .prefix = "SF", .title = "Ny saksbehandlingsløsning hos Statsforvalteren",
    .what = "Erstatter Statsforvalterens gamle saksbehandlingssystem med en løsning for digital "
            "klage-, tilsyns- og vedtaksbehandling som henger sammen med kommunenes systemer.",
    .kind = PROGRAMME, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_STATSFORVALTER,
    .owner = P_AUNE, .leader = P_WOLD, .benefit_owner = P_RYE,
    .phase = { -70, -66, -56, -46, N, N }, .end = N, .planned_end = 10, .next_gate = N,
    .value = 5, .complexity = 5, .flags = SPM | NATIONAL, .p50 = 240000,
    .focus = { FA_SERVICES, FA_GREEN }, .focus_weight = { 70, 30 },
    .goal = { GO_O1, GO_O5 }, .goal_weight = { 60, 40 },
    .agencies = "Fb Nb Lb Ob",
    .component = { NC_ALTINN, NC_EFORMIDLING, NC_MASKINPORTEN },
    .story = { ST_SUPPLIER_DELAY, ST_EARLY_WARNING }, .story_at = { -30, -6 },
    .supplier = "Statsdata Integrasjon AS" },
  /* 11 */
  { .prefix = "SF", .title = "Digital klagesaksbehandling",
    .what = "Kommuner og innbyggere sender klager til Statsforvalteren digitalt, og "
            "saksbehandlerne får hele saken elektronisk fra kommunen.",
    .kind = PROJECT, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_STATSFORVALTER,
    .owner = P_RYE, .leader = P_ALI, .benefit_owner = P_RYE, .parent = DEMO_REF (10),
    .phase = { -60, -56, -52, -42, N, N }, .end = N, .planned_end = 4, .next_gate = N,
    .value = 4, .complexity = 3, .flags = SPM, .p50 = 38000,
    .focus = { FA_SERVICES, FA_SECURITY }, .focus_weight = { 70, 30 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "Fb Nb Lb Ob",
    .component = { NC_ALTINN, NC_MASKINPORTEN, NC_EFORMIDLING },
    .story = { ST_SECURITY, ST_USERS }, .story_at = { -16, -5 },
    .supplier = "Statsdata Integrasjon AS" },
  /* 12 */
  { .prefix = "SF", .title = "Elektronisk arkiv og publisering i eInnsyn",
    .what = "Alle saksdokumenter arkiveres elektronisk etter Noark 5, og offentlig journal "
            "publiseres automatisk i eInnsyn.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_STATSFORVALTER,
    .owner = P_RYE, .leader = P_WOLD, .benefit_owner = P_RYE, .parent = DEMO_REF (10),
    .phase = { -58, -54, -48, -36, N, N }, .end = N, .planned_end = 2, .next_gate = N,
    .value = 3, .complexity = 3, .p50 = 21000,
    .focus = { FA_SERVICES, FA_DATA }, .focus_weight = { 60, 40 },
    .goal = { GO_R2 }, .goal_weight = { 100 },
    .agencies = "", .component = { NC_EFORMIDLING },
    .story = { ST_EARLY_WARNING, ST_DEPENDENCY }, .story_at = { -28, -4 },
    .supplier = "Arkivhuset AS" },
  /* 13 */
  { .prefix = "SF", .title = "Tilsynsmodul for barnehage og skole",
    .what = "Statsforvalteren planlegger, gjennomfører og følger opp tilsyn med barnehager og "
            "skoler i ett digitalt verktøy.",
    .kind = PROJECT, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_STATSFORVALTER,
    .owner = P_AUNE, .leader = P_ALI, .benefit_owner = P_AUNE, .parent = DEMO_REF (10),
    .phase = { -44, -40, -5, N, N, N }, .end = N, .planned_end = 20, .next_gate = 4,
    .value = 3, .complexity = 3, .p50 = 12000,
    .focus = { FA_SERVICES, FA_DATA }, .focus_weight = { 60, 40 },
    .goal = { GO_O3 }, .goal_weight = { 100 },
    .agencies = "Fb Nb Lb Ob", .component = { NC_ALTINN },
    .story = { ST_EARLY_WARNING, ST_ADOPTION }, .story_at = { -24, -3 } },
  /* 14 */
  { .prefix = "FJ", .title = "Ny sak- og arkivløsning (Noark 5)",
    .what = "Fjordvik kommune får en moderne sak- og arkivløsning med automatisk arkivering fra "
            "fagsystemene og full integrasjon mot SvarUt og SvarInn.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_SORENSEN, .leader = P_ODEGARD, .benefit_owner = P_SORENSEN,
    .phase = { -60, -58, -52, -40, M (3), N }, .end = N, .planned_end = 2, .next_gate = M (8),
    .value = 4, .complexity = 3, .p50 = 11500,
    .focus = { FA_SERVICES, FA_SECURITY }, .focus_weight = { 60, 40 },
    .goal = { GO_R2 }, .goal_weight = { 100 },
    .agencies = "", .component = { NC_SVARUT, NC_SVARINN, NC_EFORMIDLING },
    .story = { ST_SUPPLIER_DELAY, ST_EARLY_WARNING }, .story_at = { -34, -14 },
    .supplier = "Arkivhuset AS" },
  /* 15 */
  { .prefix = "FJ", .title = "Digitalt tilsyn i hjemmet",
    .what = "Prøver ut om digitalt nattilsyn med sensorer kan erstatte fysiske besøk for "
            "hjemmeboende som ønsker det.",
    .kind = PILOT, .method = AGILE, .lifecycle = CLOSED, .agency = AG_FJORDVIK,
    .owner = P_LIE, .leader = P_LARSEN, .benefit_owner = P_LARSEN,
    .phase = { N, -40, -34, -30, -9, M (2) }, .end = M (2), .planned_end = -8,
    .next_gate = N, .value = 4, .complexity = 2, .p50 = 2400,
    .focus = { FA_SERVICES, FA_GREEN }, .focus_weight = { 70, 30 },
    .goal = { GO_O1, GO_O5 }, .goal_weight = { 50, 50 },
    .agencies = "", .component = { NC_HELSENETT },
    .story = { ST_ADOPTION }, .story_at = { -24 } },
  /* 16 */
  { .prefix = "FJ", .title = "Medisindispensere med varsling",
    .what = "Prøver ut om elektroniske medisindispensere med varsling til hjemmetjenesten gir "
            "færre feil og færre besøk.",
    .kind = PILOT, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_LIE, .leader = P_LARSEN, .benefit_owner = P_LARSEN,
    .phase = { N, -36, -30, -24, -4, N }, .end = N, .planned_end = 2, .next_gate = N,
    .value = 3, .complexity = 2, .p50 = 1600,
    .focus = { FA_SERVICES }, .focus_weight = { 100 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "", .component = { NC_HELSENETT },
    .story = { ST_USERS, ST_EARLY_WARNING }, .story_at = { -20, -6 } },
  /* 17 */
  { .prefix = "DF", .title = "KI-assistent for saksbehandlere",
    .what = "Utforsker om en språkmodell kan hjelpe saksbehandlere med å finne regelverk og "
            "skrive utkast, uten at personopplysninger forlater kommunenes kontroll.",
    .kind = INNOVATION, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_DAHL, .leader = P_LUND, .benefit_owner = P_SORENSEN,
    .phase = { -34, -30, M (6), N, N, N }, .end = N, .planned_end = 14, .next_gate = 6,
    .value = 4, .complexity = 4, .annual = 1500,
    .focus = { FA_DATA, FA_COMPETENCE }, .focus_weight = { 60, 40 },
    .goal = { GO_O6, GO_O1 }, .goal_weight = { 50, 50 },
    .agencies = "Np Lp Op",
    .story = { ST_COMPETENCE }, .story_at = { -10 }, .architect = P_HADDAD },
  /* 18 */
  { .prefix = "DF", .title = "Språkmodell for klarspråk i vedtaksbrev",
    .what = "Prøvde ut om en generativ språkmodell kunne gjøre vedtaksbrev enklere å forstå "
            "for mottakerne.",
    .kind = INNOVATION, .method = AGILE, .lifecycle = STOPPED, .agency = AG_FJORDVIK,
    .owner = P_DAHL, .leader = P_BREKKE,
    .phase = { -34, -30, N, N, N, N }, .end = M (1), .planned_end = N, .next_gate = N,
    .value = 2, .complexity = 3, .annual = 800,
    .focus = { FA_COMPETENCE, FA_SERVICES }, .focus_weight = { 50, 50 },
    .goal = { GO_O6 }, .goal_weight = { 100 },
    .agencies = "Np Lp Op",
    .story = { ST_BRAVE_STOP }, .story_at = { -12 } },
  /* 19 */
  { .prefix = "FJ", .title = "Digital byggesak",
    .what = "Søknader om byggetillatelse kommer inn digitalt og kontrolleres automatisk mot "
            "plan- og eiendomsdata før saksbehandleren tar over.",
    .kind = PROJECT, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_STRAND, .leader = P_BAKKE, .benefit_owner = P_NAESS,
    .phase = { -62, -58, -54, -46, N, N }, .end = N, .planned_end = 3, .next_gate = N,
    .value = 4, .complexity = 3, .p50 = 7800,
    .focus = { FA_SERVICES, FA_DATA }, .focus_weight = { 80, 20 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "", .component = { NC_ALTINN, NC_MATRIKKELEN, NC_IDPORTEN },
    .depends_on = { DEMO_REF (14) },
    .story = { ST_PRICE, ST_DEPENDENCY }, .story_at = { -30, -3 },
    .supplier = "Kystdata AS" },
  /* 20 */
  { .prefix = "FJ", .title = "Bytte av skoleadministrativt system",
    .what = "Alle skoler i Fjordvik går over til et nytt skoleadministrativt system med sikker "
            "innlogging for ansatte, elever og foresatte.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_BJORNSTAD, .leader = P_KRISTIANSEN, .benefit_owner = P_HAGEN,
    .phase = { -52, -46, -22, M (0), N, N }, .end = N, .planned_end = 8, .next_gate = N,
    .value = 3, .complexity = 3, .p50 = 9400,
    .focus = { FA_SERVICES, FA_SECURITY }, .focus_weight = { 50, 50 },
    .goal = { GO_O1, GO_O4 }, .goal_weight = { 50, 50 },
    .agencies = "", .component = { NC_FEIDE, NC_FOLKEREGISTERET, NC_IDPORTEN },
    .story = { ST_COMPETENCE, ST_SECURITY, ST_EARLY_WARNING }, .story_at = { -18, -8, -1 },
    .supplier = "Skolesoft AS" },
  /* 21 */
  { .prefix = "FJ", .title = "Foreldreportal for barnehage og skole",
    .what = "Foresatte søker barnehageplass og SFO, melder fravær og får beskjeder på ett "
            "sted.",
    .kind = TEAM, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_BJORNSTAD, .leader = P_AASEN, .product_owner = P_AASEN,
    .benefit_owner = P_BJORNSTAD,
    .phase = { N, -56, -54, -52, N, N }, .end = N, .planned_end = N, .next_gate = N,
    .value = 3, .complexity = 2, .annual = 2600,
    .focus = { FA_SERVICES }, .focus_weight = { 100 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "", .component = { NC_IDPORTEN, NC_FEIDE },
    .story = { ST_USERS, ST_TEAM_HEALTH }, .story_at = { -44, -22 } },
  /* 22 */
  { .prefix = "DF", .title = "Felles identitets- og tilgangsstyring med tofaktor",
    .what = "Alle ansatte i DigiFjord-kommunene logger på med tofaktor, og tilganger gis og "
            "fjernes automatisk ut fra rollen i HR-systemet.",
    .kind = PROJECT, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_DIGIFJORD,
    .owner = P_DAHL, .leader = P_HOVLAND, .benefit_owner = P_BERG,
    .phase = { -58, -54, -50, -44, N, N }, .end = N, .planned_end = 2, .next_gate = N,
    .value = 5, .complexity = 4, .p50 = 12200,
    .focus = { FA_SECURITY }, .focus_weight = { 100 },
    .goal = { GO_R5 }, .goal_weight = { 100 },
    .agencies = "Fp Np Lp Op", .component = { NC_IDPORTEN },
    .story = { ST_EARLY_WARNING, ST_SECURITY }, .story_at = { -30, -6 },
    .supplier = "Fjordkode AS", .architect = P_HADDAD },
  /* 23 */
  { .prefix = "DF", .title = "Sikkerhetsovervåking (SOC) for DigiFjord",
    .what = "Døgnkontinuerlig overvåking av nettverk og systemer i alle DigiFjord-kommunene, "
            "med avtalt responstid ved hendelser.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_DIGIFJORD,
    .owner = P_DAHL, .leader = P_BERG, .benefit_owner = P_BERG,
    .phase = { -62, -58, -55, -50, -20, -17 }, .end = N, .planned_end = -18, .next_gate = N,
    .value = 5, .complexity = 3, .p50 = 8600,
    .focus = { FA_SECURITY }, .focus_weight = { 100 },
    .goal = { GO_O4 }, .goal_weight = { 100 },
    .agencies = "Fp Np Lp Op Fb Nb Lb Ob",
    .story = { ST_COMPETENCE, ST_BENEFITS_LAG }, .story_at = { -40, -12 },
    .supplier = "Vaktbikkja Security AS" },
  /* 24 */
  { .prefix = "DF", .title = "Øvelser og beredskap for IKT-hendelser",
    .what = "Kommunene har øvd på løsepengevirus og bortfall av IKT, og har oppdaterte "
            "beredskapsplaner for kritiske tjenester.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = CLOSED, .agency = AG_DIGIFJORD,
    .owner = P_DAHL, .leader = P_BERG, .benefit_owner = P_BERG,
    .phase = { -60, -56, -52, -48, -16, N }, .end = -14, .planned_end = -15, .next_gate = N,
    .value = 3, .complexity = 2, .p50 = 1900,
    .focus = { FA_SECURITY, FA_COMPETENCE }, .focus_weight = { 70, 30 },
    .goal = { GO_O4 }, .goal_weight = { 100 },
    .agencies = "Fp Np Lp Op",
    .story = { ST_ADOPTION }, .story_at = { -36 } },
  /* 25 */
  { .prefix = "FJ", .title = "Skyreise – flytting av fagsystemer til sky",
    .what = "Flytter kommunens fagsystemer fra eget datarom til godkjente skytjenester, med "
            "avtalt exit-strategi og lavere strømforbruk.",
    .kind = PROJECT, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_DAHL, .leader = P_RUD, .benefit_owner = P_AAS,
    .phase = { -58, -56, -52, -46, N, N }, .end = N, .planned_end = 10, .next_gate = N,
    .value = 4, .complexity = 4, .p50 = 22000,
    .focus = { FA_GREEN, FA_SECURITY }, .focus_weight = { 80, 20 },
    .goal = { GO_O5, GO_R6 }, .goal_weight = { 60, 40 },
    .agencies = "",
    .story = { ST_COMPETENCE, ST_EARLY_WARNING, ST_PRICE }, .story_at = { -36, -20, -6 },
    .supplier = "Skyhavn AS", .architect = P_HADDAD },
  /* 26 */
  { .prefix = "DF", .title = "Sanering av gamle fagsystemer",
    .what = "Avvikler minst tolv overlappende fagsystemer i de fire kommunene og flytter "
            "dataene til felles løsninger.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_DIGIFJORD,
    .owner = P_RONNING, .leader = P_SOLHEIM, .benefit_owner = P_RONNING,
    .phase = { -54, -52, -50, -44, N, N }, .end = N, .planned_end = 6, .next_gate = N,
    .value = 3, .complexity = 2, .p50 = 3600,
    .focus = { FA_GREEN }, .focus_weight = { 100 },
    .goal = { GO_R6 }, .goal_weight = { 100 },
    .agencies = "Fp Np Lp Op",
    .story = { ST_ADOPTION, ST_EARLY_WARNING }, .story_at = { -30, -4 } },
  /* 27 */
  { .prefix = "FJ", .title = "Energistyring i kommunale bygg",
    .what = "Prøver ut om sensorer og automatisk styring av varme og ventilasjon i fem skoler "
            "gir minst 15 % lavere energibruk.",
    .kind = PILOT, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_STRAND, .leader = P_AASLAND, .benefit_owner = P_STRAND,
    .phase = { N, -34, -28, -22, M (6), N }, .end = N, .planned_end = 1, .next_gate = N,
    .value = 3, .complexity = 2, .p50 = 1200,
    .focus = { FA_GREEN }, .focus_weight = { 100 },
    .goal = { GO_O5 }, .goal_weight = { 100 },
    .agencies = "",
    .story = { ST_EARLY_WARNING }, .story_at = { -14 } },
  /* 28 */
  { .prefix = "FJ", .title = "Smart vannmåling",
    .what = "Digitale vannmålere som varsler om lekkasjer og gir innbyggerne oversikt over "
            "eget forbruk.",
    .kind = IDEA, .method = AGILE, .lifecycle = PROPOSED, .agency = AG_FJORDVIK,
    .owner = P_STRAND, .leader = P_AASLAND,
    .phase = { -3, N, N, N, N, N }, .end = N, .planned_end = N, .next_gate = 3,
    .value = 2, .complexity = 2,
    .focus = { FA_GREEN }, .focus_weight = { 100 },
    .goal = { GO_O5 }, .goal_weight = { 100 },
    .agencies = "" },
  /* 29 */
  { .prefix = "DF", .title = "Digitalt kompetanseløft for ledere",
    .what = "Alle ledere i de fire kommunene gjennomfører et praktisk program i digital "
            "endringsledelse, tjenestedesign og informasjonssikkerhet.",
    .kind = PROJECT, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_DIGIFJORD,
    .owner = P_MATHISEN, .leader = P_NORDAHL, .benefit_owner = P_MATHISEN,
    .phase = { -48, -44, -40, -34, N, N }, .end = N, .planned_end = 5, .next_gate = N,
    .value = 3, .complexity = 2, .p50 = 2800,
    .focus = { FA_COMPETENCE }, .focus_weight = { 100 },
    .goal = { GO_R7 }, .goal_weight = { 100 },
    .agencies = "Fp Np Lp Op",
    .story = { ST_ADOPTION }, .story_at = { -24 } },
  /* 30 */
  { .prefix = "DF", .title = "Felles tjenestekatalog og selvbetjening for IT-brukerstøtte",
    .what = "Ansatte finner og bestiller IT-tjenester selv, og de vanligste henvendelsene løses "
            "uten å kontakte brukerstøtten.",
    .kind = TEAM, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_DIGIFJORD,
    .owner = P_DAHL, .leader = P_TANGEN, .product_owner = P_TANGEN, .benefit_owner = P_DAHL,
    .phase = { N, -54, -52, -50, N, N }, .end = N, .planned_end = N, .next_gate = N,
    .value = 2, .complexity = 2, .annual = 2400,
    .focus = { FA_GREEN, FA_COMPETENCE }, .focus_weight = { 60, 40 },
    .goal = { GO_O5 }, .goal_weight = { 100 },
    .agencies = "Fp Np Lp Op",
    .story = { ST_TEAM_HEALTH, ST_USERS }, .story_at = { -36, -8 } },
  /* 31 */
  { .prefix = "DF", .title = "Digitalt servicetorg i Lågdal",
    .what = "Innbyggerne i Lågdal får svar på de vanligste spørsmålene digitalt, og "
            "servicetorget får ett felles system for henvendelser.",
    .kind = PROJECT, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_LAGDAL,
    .owner = P_SANDVIK, .leader = P_BERGE, .benefit_owner = P_SANDVIK,
    .phase = { -44, -40, -36, -30, N, N }, .end = N, .planned_end = 2, .next_gate = N,
    .value = 2, .complexity = 2, .p50 = 2200,
    .focus = { FA_SERVICES }, .focus_weight = { 100 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "Gp", .component = { NC_IDPORTEN, NC_KRR },
    .story = { ST_USERS, ST_EARLY_WARNING }, .story_at = { -24, -3 } },
  /* 32 */
  { .prefix = "DF", .title = "Mobil dokumentasjon i hjemmetjenesten i Øyvær",
    .what = "Prøver ut om nettbrett med mobil journal gir mer tid hos brukerne og færre "
            "dobbeltregistreringer i hjemmetjenesten.",
    .kind = PILOT, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_OYVAER,
    .owner = P_HOLM, .leader = P_NILSEN, .benefit_owner = P_HOLM,
    .phase = { N, -40, -36, -30, N, N }, .end = N, .planned_end = 5, .next_gate = 3,
    .value = 3, .complexity = 2, .p50 = 1400,
    .focus = { FA_SERVICES, FA_COMPETENCE }, .focus_weight = { 60, 40 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "Gp Fp", .component = { NC_HELSENETT },
    .story = { ST_ADOPTION }, .story_at = { -12 } },
  /* 33 */
  { .prefix = "DF", .title = "Digital barneverntjeneste i Nordstrand",
    .what = "Barneverntjenesten i Nordstrand får et nytt fagsystem med digital samhandling med "
            "familier og samarbeidspartnere og sikker behandling av sensitive opplysninger.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_NORDSTRAND,
    .owner = P_HAUGEN, .leader = P_SOLHEIM, .benefit_owner = P_HAUGEN,
    .phase = { -46, -42, -14, -8, N, N }, .end = N, .planned_end = 18, .next_gate = N,
    .value = 4, .complexity = 4, .p50 = 8900,
    .focus = { FA_SERVICES, FA_SECURITY }, .focus_weight = { 50, 50 },
    .goal = { GO_O1, GO_O4 }, .goal_weight = { 50, 50 },
    .agencies = "Gp", .component = { NC_IDPORTEN, NC_FOLKEREGISTERET, NC_SVARUT },
    .story = { ST_SUPPLIER_DELAY }, .story_at = { -4 },
    .supplier = "Omsorgsdata AS" },
  /* 34 */
  { .prefix = "DF", .title = "Anskaffelse av ny driftsleverandør",
    .what = "Konkurranse om ny driftsavtale for DigiFjord, med krav til sikkerhet, "
            "skytjenester og exit.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = ACTIVE, .agency = AG_DIGIFJORD,
    .owner = P_DAHL, .leader = P_MOEN, .benefit_owner = P_DAHL,
    .legal_basis = "offl. § 23 første ledd",
    .phase = { -40, -36, -30, -14, N, N }, .end = N, .planned_end = 7, .next_gate = N,
    .value = 4, .complexity = 3, .p50 = 2500,
    .focus = { FA_GREEN, FA_SECURITY }, .focus_weight = { 60, 40 },
    .goal = { GO_O5 }, .goal_weight = { 100 },
    .agencies = "Fp Np Lp Op",
    .story = { ST_EARLY_WARNING }, .story_at = { -3 } },
  /* 35 */
  { .prefix = "FJ", .title = "Robotisering (RPA) i økonomiavdelingen",
    .what = "Programvareroboter tar over avstemming, fakturamottak og purringer som før ble "
            "gjort manuelt.",
    .kind = PROJECT, .method = AGILE, .lifecycle = CLOSED, .agency = AG_FJORDVIK,
    .owner = P_AAS, .leader = P_AASLAND, .benefit_owner = P_AAS,
    .phase = { -64, -62, -60, -56, -44, -41 }, .end = -16, .planned_end = -42,
    .next_gate = N, .value = 2, .complexity = 1, .p50 = 1700,
    .focus = { FA_GREEN }, .focus_weight = { 100 },
    .goal = { GO_O5 }, .goal_weight = { 100 },
    .agencies = "",
    .story = { ST_BENEFITS_LAG }, .story_at = { -34 } },
  /* 36 */
  { .prefix = "FJ", .title = "Elektronisk handel og fakturabehandling (eHandel)",
    .what = "Alle innkjøp i Fjordvik bestilles på e-handelsplattformen, og fakturaer mottas og "
            "behandles elektronisk.",
    .kind = PROJECT, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_AAS, .leader = P_KVAM, .benefit_owner = P_AAS,
    .phase = { -62, -60, -56, -48, -18, -15 }, .end = N, .planned_end = -16, .next_gate = N,
    .value = 3, .complexity = 2, .p50 = 3300,
    .focus = { FA_GREEN }, .focus_weight = { 100 },
    .goal = { GO_O5 }, .goal_weight = { 100 },
    .agencies = "", .component = { NC_PEPPOL },
    .story = { ST_DEPENDENCY, ST_BENEFITS_LAG }, .story_at = { -40, -8 },
    .supplier = "Handelsnett AS" },
  /* 37 */
  { .prefix = "DF", .title = "Felles innbyggerportal «Min side»",
    .what = "Én innlogget side der innbyggeren ser sine saker, avtaler, regninger og vedtak "
            "fra alle kommunene i samarbeidet.",
    .kind = IDEA, .method = HYBRID, .lifecycle = PROPOSED, .agency = AG_DIGIFJORD,
    .owner = P_SORENSEN,
    .phase = { -5, N, N, N, N, N }, .end = N, .planned_end = N, .next_gate = 4,
    .value = 4, .complexity = 4,
    .focus = { FA_SERVICES }, .focus_weight = { 100 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "Fp Np Lp Op", .component = { NC_IDPORTEN, NC_ALTINN } },
  /* 38 */
  { .prefix = "FJ", .title = "Meldingsutveksling med helseforetaket",
    .what = "Hjemmetjenesten og fastlegene utveksler pleie- og omsorgsmeldinger med Helse "
            "Fjordland elektronisk i stedet for på papir og telefon.",
    .kind = PROJECT, .method = WATERFALL, .lifecycle = PAUSED, .agency = AG_FJORDVIK,
    .owner = P_LIE, .leader = P_SUNDE, .benefit_owner = P_LIE,
    .phase = { -54, -50, -46, -40, N, N }, .end = M (5), .planned_end = 4, .next_gate = N,
    .value = 3, .complexity = 3, .p50 = 4400,
    .focus = { FA_SERVICES, FA_DATA }, .focus_weight = { 60, 40 },
    .goal = { GO_O2 }, .goal_weight = { 100 },
    .agencies = "Hp Hb", .component = { NC_HELSENETT },
    .story = { ST_EARLY_WARNING, ST_PAUSE }, .story_at = { -24, -4 } },
  /* 39 */
  { .prefix = "FJ", .title = "Digital booking av kommunale lokaler",
    .what = "Skulle la lag og foreninger booke gymsaler og møterom digitalt; stoppet fordi en "
            "felles løsning i regionen dekker behovet.",
    .kind = PROJECT, .method = AGILE, .lifecycle = STOPPED, .agency = AG_FJORDVIK,
    .owner = P_BJORNSTAD, .leader = P_AASEN,
    .phase = { -48, -44, -26, N, N, N }, .end = -16, .planned_end = 2, .next_gate = N,
    .value = 2, .complexity = 1, .annual = 600,
    .focus = { FA_SERVICES }, .focus_weight = { 100 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "",
    .story = { ST_BRAVE_STOP }, .story_at = { -19 } },
  /* 40 */
  { .prefix = "DF", .title = "Innovasjonspartnerskap for digital oppfølging av kronisk syke",
    .what = "Utvikler sammen med leverandører og helseforetaket en løsning der kronisk syke kan "
            "måle og rapportere helsedata hjemmefra.",
    .kind = INNOVATION, .method = AGILE, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_LIE, .leader = P_SUNDE, .benefit_owner = P_LIE,
    .phase = { -30, -24, N, N, N, N }, .end = N, .planned_end = N, .next_gate = 3,
    .value = 4, .complexity = 4, .flags = COFIN, .annual = 1200,
    .focus = { FA_SERVICES, FA_DATA }, .focus_weight = { 60, 40 },
    .goal = { GO_O1 }, .goal_weight = { 100 },
    .agencies = "Np Hp Df", .component = { NC_HELSENETT, NC_IDPORTEN },
    .story = { ST_EARLY_WARNING }, .story_at = { -6 } },
  /* 41 */
  { .prefix = "FJ", .title = "Personvernprogram: ROS og DPIA for alle fagsystemer",
    .what = "Alle fagsystemer i Fjordvik har oppdatert risikovurdering (ROS) og, der det "
            "kreves, personvernkonsekvensvurdering (DPIA).",
    .kind = PROJECT, .method = HYBRID, .lifecycle = ACTIVE, .agency = AG_FJORDVIK,
    .owner = P_SORENSEN, .leader = P_KRISTOFFERSEN, .benefit_owner = P_SORENSEN,
    .phase = { -56, -54, -52, -46, N, N }, .end = N, .planned_end = 4, .next_gate = N,
    .value = 4, .complexity = 3, .p50 = 3100,
    .focus = { FA_SECURITY }, .focus_weight = { 100 },
    .goal = { GO_O4 }, .goal_weight = { 100 },
    .agencies = "",
    .story = { ST_COMPETENCE, ST_EARLY_WARNING }, .story_at = { -16, -5 } },
};

const DemoPilotText demo_pilot_texts[DEMO_N_INITIATIVES] = {
  [15] = { "Digitalt nattilsyn med sensorer gir like trygg oppfølging som fysiske besøk og "
           "frigjør tid i nattjenesten.",
           "1. Ingen alvorlige hendelser som kunne vært unngått ved fysisk besøk.\n"
           "2. Minst 30 % færre nattlige besøk i pilotsonene.\n"
           "3. Minst 80 % av brukerne og pårørende er fornøyde." },
  [16] = { "Medisindispensere med varsling gir færre feil i legemiddelhåndteringen og færre "
           "besøk bare for å gi medisiner.",
           "1. Minst 50 % færre avvik i legemiddelhåndteringen.\n"
           "2. Minst 20 % færre besøk bare for medisiner.\n"
           "3. Brukerne mestrer løsningen etter to uker." },
  [18] = { "En generativ språkmodell kan gjøre vedtaksbrev enklere å forstå uten å endre det "
           "rettslige innholdet.",
           "1. Minst 70 % av testleserne forstår brevet bedre.\n"
           "2. Ingen endringer i det rettslige innholdet.\n"
           "3. Løsningen kan brukes innenfor personvernregelverket." },
  [27] = { "Automatisk styring av varme og ventilasjon ut fra sensordata og timeplaner gir "
           "lavere energibruk uten dårligere inneklima.",
           "1. Minst 15 % lavere energibruk i pilotbyggene.\n"
           "2. Ingen økning i klager på inneklima.\n"
           "3. Sensornettet er godkjent etter sikkerhetsvurdering." },
  [32] = { "Mobil dokumentasjon på nettbrett gir mer tid hos brukerne og færre "
           "dobbeltregistreringer.",
           "1. Minst 20 minutter mer tid hos brukerne per ansatt og vakt.\n"
           "2. Ingen dokumentasjon tapt ved svak dekning.\n"
           "3. Minst 75 % av de ansatte vil fortsette med løsningen." },
};

/* ── Forums and meetings ───────────────────────────────────────────────────────────── */

static const guint8 lg_members[] = {
  P_SORENSEN, P_LIE, P_BJORNSTAD, P_STRAND, P_AAS, P_MATHISEN, P_FOSSUM, P_NONE
};
static const guint8 lg_advisers[] = { P_DAHL, P_NONE };
static const guint8 lg_substitutes[] = { P_KVAM, P_NONE };
static const guint8 pr_members[] = { P_DAHL, P_RONNING, P_FJELD, P_NILSEN, P_WOLD, P_NONE };
static const guint8 pr_advisers[] = { P_BERG, P_HADDAD, P_NONE };
static const guint8 pr_observers[] = { P_TVEIT, P_NONE };
static const guint8 pr_substitutes[] = { P_BERGE, P_NONE };
static const guint8 no_persons[] = { P_NONE };

const DemoForum demo_forums[DEMO_N_FORUMS] = {
  [FORUM_LEDERGRUPPEN] = {
    "Ledergruppen", "LG",
    "Kommunedirektørens ledergruppe i Fjordvik kommune. Behandler digitaliseringsporteføljen "
    "om lag annenhver måned.",
    AG_FJORDVIK, "09:00", 180, "Formannskapssalen, Fjordvik rådhus",
    "Ledermøte – digitalisering og porteføljestyring", P_SOLBERG, P_EIDE,
    lg_members, lg_advisers, no_persons, lg_substitutes },
  [FORUM_PORTEFOLJERADET] = {
    "Porteføljerådet", "PR",
    "DigiFjords porteføljeråd prioriterer og følger opp den felles porteføljen for Fjordvik, "
    "Nordstrand, Lågdal og Øyvær kommune, sammen med Statsforvalteren i Fjordland. "
    "Fjordland fylkeskommune deltar som observatør.",
    AG_DIGIFJORD, "12:00", 150, "Møterom Fjorden, Fjordvik rådhus",
    "Møte i Porteføljerådet", P_HAUGEN, P_NYGARD,
    pr_members, pr_advisers, pr_observers, pr_substitutes },
};

#define DECISION DEMO_ITEM_DECISION
#define DISCUSSION DEMO_ITEM_DISCUSSION
#define INFORMATION DEMO_ITEM_INFORMATION
#define ADOPTED DEMO_OUTCOME_ADOPTED
#define NOTED DEMO_OUTCOME_NOTED
#define AMENDED DEMO_OUTCOME_AMENDED
#define NOTED_TEXT "Saken tas til orientering."

/* Placeholders: {Y} the meeting's year, {Y1} the next, {Y0} the one before, {I} the title of
 * the linked initiative, {L} its supplier, {MONTH} the meeting's month. */

static const DemoCase m0_cases[] = {
  { .title = "Prioritering av digitaliseringsporteføljen for {Y1}",
    .type = DECISION, .presenter = P_DAHL, .minutes = 25,
    .summary = "Kommunedirektøren legger fram forslag til prioritering av "
               "digitaliseringsporteføljen innenfor budsjettrammen for {Y1}.",
    .background = "Kommunestyret vedtar budsjett og økonomiplan i desember. "
                  "Digitaliseringsporteføljen har over tretti aktive tiltak, og samlet meldt "
                  "behov for {Y1} er høyere enn rammen.\n\n"
                  "Porteføljekontoret har vurdert tiltakene etter strategisk verdi, risiko og "
                  "modenhet, i tråd med prinsippene Ledergruppen vedtok i fjor.",
    .assessment = "Kommunedirektøren anbefaler at tiltak som er i gjennomføring og har "
                  "dokumenterte nyttevirkninger prioriteres, og at nye tiltak først startes "
                  "når kapasiteten innen informasjonssikkerhet er styrket.\n\n"
                  "To tiltak i idéfasen foreslås vurdert på nytt etter første tertial.",
    .proposed = "1. Ledergruppen slutter seg til forslaget til prioritering av "
                "digitaliseringsporteføljen for {Y1}.\n"
                "2. Nye tiltak startes bare etter godkjent BP1 i Ledergruppen.\n"
                "3. Porteføljekontoret legger fram status for prioriteringene etter første "
                "tertial.",
    .outcome = ADOPTED,
    .views = "money;value-risk",
    .attachments = "Forslag til prioritering {Y1}.pdf;Porteføljeoversikt {Y1}.xlsx" },
  { .title = "BP3 for bytte av skoleadministrativt system",
    .type = DECISION, .presenter = P_BJORNSTAD, .guest = P_KRISTIANSEN, .minutes = 20,
    .initiative = DEMO_REF (20), .gate = DEMO_GATE_BP3,
    .gate_outcome = DEMO_GATE_APPROVED_WITH_CONDITIONS,
    .gate_conditions = "Kontrakt signeres først når personvernkonsekvensvurderingen (DPIA) er "
                       "godkjent av personvernombudet.",
    .summary = "Prosjektet ber om godkjenning av styringsdokumentet og overgang til "
               "gjennomføringsfasen (BP3).",
    .background = "Avtalen for dagens skoleadministrative system er sagt opp av leverandøren, "
                  "og systemet må erstattes før skolestart. Anskaffelsen er gjennomført som "
                  "konkurranse med forhandling, og {L} er valgt som leverandør.\n\n"
                  "Styringsdokumentet fastsetter styringsramme (P50), kostnadsramme (P85), "
                  "tidsplan og plan for nyttestyring.",
    .assessment = "Prosjektet er godt forberedt, men løsningen behandler store mengder "
                  "personopplysninger om barn. Personvernombudet anbefaler at DPIA "
                  "ferdigstilles før kontrakten signeres.\n\n"
                  "Kommunedirektøren mener risikoen er håndterbar dersom dette stilles som "
                  "vilkår.",
    .proposed = "1. Ledergruppen godkjenner styringsdokumentet for bytte av "
                "skoleadministrativt system (BP3).\n"
                "2. Styringsrammen (P50) og kostnadsrammen (P85) fastsettes som foreslått i "
                "styringsdokumentet.",
    .outcome = AMENDED,
    .amendment = "3. Kontrakt signeres først når personvernkonsekvensvurderingen (DPIA) er "
                 "godkjent av personvernombudet.",
    .minutes_note = "Ledergruppen la til et vilkår om godkjent DPIA før kontrakten signeres.",
    .views = "roadmap", .attachments = "Styringsdokument.pdf;DPIA – utkast.pdf" },
  { .title = "Sikkerhetshendelse i e-posttjenesten",
    .type = INFORMATION, .presenter = P_BERG, .guest = P_BERG, .minutes = 15,
    .legal_basis = "offl. § 24 tredje ledd", .initiative = DEMO_REF (22),
    .summary = "Orientering om en sikkerhetshendelse der en ansatts e-postkonto ble "
               "kompromittert.",
    .background = "En ansatt fikk e-postkontoen sin kompromittert etter et målrettet "
                  "phishingangrep. Kontoen ble brukt til å sende svindelforsøk til eksterne "
                  "mottakere før den ble sperret.\n\n"
                  "Hendelsen er meldt til Nasjonalt cybersikkerhetssenter og vurdert opp mot "
                  "meldeplikten til Datatilsynet.",
    .assessment = "Hendelsen viser at tofaktorautentisering må innføres raskere for alle "
                  "ansatte. Tiltaket for felles identitets- og tilgangsstyring bør prioriteres, "
                  "og alle ansatte bør gjennomføre en ny phishing-øvelse.",
    .proposed = NOTED_TEXT, .outcome = NOTED,
    .attachments = "Hendelsesrapport.pdf" },
  { .title = "Innspill til DigiFjords handlingsplan for {Y1}",
    .type = DISCUSSION, .presenter = P_DAHL, .minutes = 20,
    .summary = "Drøfting av Fjordvik kommunes innspill til DigiFjords handlingsplan for neste "
               "år.",
    .background = "Porteføljerådet i DigiFjord vedtar handlingsplan for {Y1} i første møte "
                  "neste år. Fjordvik er vertskommune og har sekretariatet, og ønsker "
                  "Ledergruppens innspill før forslaget sendes til de andre kommunene.",
    .assessment = "Kommunedirektøren ser behov for færre og større felles tiltak, tydeligere "
                  "nytteeierskap og en felles plan for kompetanse innen informasjonssikkerhet.",
    .proposed = "Ledergruppen drøfter saken. Innspillene tas med i arbeidet med "
                "handlingsplanen.",
    .outcome = NOTED,
    .minutes_note = "Ledergruppen ba om at kompetanse innen informasjonssikkerhet og "
                    "oppfølging av nyttevirkninger får større plass i handlingsplanen. "
                    "Innspillene tas med til Porteføljerådet.",
    .views = "focus-areas;cross-agency" },
};

static const DemoCase m1_cases[] = {
  { .title = "Handlingsplan og prioriteringer for DigiFjord {Y}",
    .type = DECISION, .presenter = P_NYGARD, .minutes = 30,
    .summary = "Forslag til handlingsplan og rangering av tiltakene i den felles porteføljen.",
    .background = "Handlingsplanen bygger på samarbeidsavtalen og de fem satsingsområdene. "
                  "Alle kommunene og Statsforvalteren har gitt innspill.",
    .assessment = "Porteføljekontoret anbefaler at de fire største tiltakene prioriteres, og at "
                  "nye tiltak ikke startes før kapasiteten innen informasjonssikkerhet er økt. "
                  "Kostnadene fordeles etter innbyggertall.",
    .proposed = "1. Porteføljerådet vedtar handlingsplan for DigiFjord {Y}.\n"
                "2. Kostnadene fordeles etter innbyggertall, jf. samarbeidsavtalen.\n"
                "3. Porteføljekontoret rapporterer status i hvert møte.",
    .outcome = ADOPTED, .views = "phase-funnel;value-risk;cross-agency",
    .attachments = "Handlingsplan DigiFjord {Y}.pdf" },
  { .title = "Stopp av tiltaket Språkmodell for klarspråk i vedtaksbrev",
    .type = DECISION, .presenter = P_DAHL, .guest = P_BREKKE, .minutes = 20,
    .initiative = DEMO_REF (18), .gate = DEMO_GATE_BP2, .gate_outcome = DEMO_GATE_STOPPED,
    .pilot_decision = DEMO_PILOT_STOP,
    .pilot_rationale = "Språket ble enklere, men modellen endret det rettslige innholdet i for "
                       "mange brev, og behandlingen krever databehandling utenfor EØS.",
    .summary = "Tiltakseier anbefaler at utprøvingen av språkmodell for klarspråk stoppes.",
    .background = "Tiltaket har i seks måneder prøvd ut en generativ språkmodell for å forenkle "
                  "språket i vedtaksbrev. Utprøvingen har brukt fiktive og anonymiserte saker.",
    .assessment = "Resultatene viser at språket blir enklere, men at modellen i for mange "
                  "tilfeller endrer det rettslige innholdet. Det er uklart om behandling av "
                  "reelle saker har tilstrekkelig rettslig grunnlag, og løsningen krever at "
                  "data behandles utenfor EØS.\n\n"
                  "Å stoppe nå frigjør kompetanse til KI-assistenten, som bygger på en løsning "
                  "med databehandling i Norge.",
    .proposed = "1. Porteføljerådet stopper tiltaket Språkmodell for klarspråk i vedtaksbrev.\n"
                "2. Erfaringene dokumenteres i et sluttnotat som deles med kommunene.",
    .outcome = ADOPTED,
    .dissent = "Anne Lise Berge (vara for Eirik Fjeld) ba på vegne av Lågdal kommune om å få "
               "protokollført: Lågdal kommune mener erfaringene bør deles med KS og andre "
               "kommuner før tiltaket avsluttes, og at en ny utprøving bør vurderes når "
               "nasjonale rammer for bruk av kunstig intelligens er på plass.",
    .views = "phase-funnel", .attachments = "Evaluering av utprøvingen.pdf" },
  { .title = "Sluttrapport for DigiSos i alle kommuner (BP5)",
    .type = DECISION, .presenter = P_LUND, .guest = P_LUND, .minutes = 15,
    .initiative = DEMO_REF (4), .gate = DEMO_GATE_BP5, .gate_outcome = DEMO_GATE_APPROVED,
    .summary = "Prosjektet legger fram sluttrapporten og ber om at prosjektet avsluttes.",
    .background = "Alle fire kommuner har tatt i bruk DigiSos, og søknader om økonomisk "
                  "sosialhjelp kan sendes og følges digitalt. Prosjektet er levert innenfor "
                  "kostnadsrammen.",
    .assessment = "Nyttevirkningene følges videre opp av NAV-lederne i kommunene som nytteeiere. "
                  "Porteføljekontoret anbefaler at prosjektet avsluttes, og at "
                  "nytteoppfølgingen rapporteres i porteføljestatus to ganger i året.",
    .proposed = "1. Porteføljerådet godkjenner sluttrapporten for DigiSos i alle kommuner "
                "(BP5).\n"
                "2. Prosjektet avsluttes, og nyttevirkningene følges opp av nytteeierne i "
                "linjen.",
    .outcome = ADOPTED, .views = "benefits", .attachments = "Sluttrapport DigiSos.pdf" },
  { .title = "Anskaffelse av ny driftsleverandør – forhandlingsstrategi",
    .type = DECISION, .presenter = P_MOEN, .guest = P_MOEN, .minutes = 25,
    .legal_basis = "offl. § 23 første ledd", .initiative = DEMO_REF (34),
    .summary = "Forslag til forhandlingsstrategi og evalueringskriterier i anskaffelsen av ny "
               "driftsleverandør.",
    .background = "Driftsavtalen for DigiFjord utløper om to år. Anskaffelsen gjennomføres som "
                  "konkurranse med forhandling etter anskaffelsesforskriften del III.",
    .assessment = "Saken inneholder forhandlingsposisjon og budsjettgrenser som vil svekke "
                  "kommunenes stilling om de blir kjent for tilbyderne.",
    .proposed = "1. Porteføljerådet slutter seg til forhandlingsstrategien.\n"
                "2. Prosjektet gis fullmakt til å forhandle innenfor rammene i saken.",
    .outcome = ADOPTED, .attachments = "Forhandlingsstrategi.pdf" },
};

static const DemoCase m2_cases[] = {
  { .title = "Kuttliste for digital søknad om helse- og omsorgstjenester",
    .type = DECISION, .presenter = P_LIE, .guest = P_SAETHER, .minutes = 30,
    .initiative = DEMO_REF (1),
    .summary = "Prognosen for tiltaket ligger over kostnadsrammen (P85). Tiltakseier foreslår å "
               "ta i bruk kuttliste punkt 1–3.",
    .background = "Leverandøren er forsinket med integrasjonen mot Folkeregisteret, og "
                  "akseptansetesten er flyttet. Forsinkelsen har gitt merforbruk på "
                  "konsulenttimer.\n\n"
                  "Siste statusrapport viser rødt på tid og kostnad. Prognosen ligger over "
                  "kostnadsrammen som Ledergruppen fastsatte ved BP3.",
    .assessment = "Kuttlisten ble godkjent sammen med styringsdokumentet. Punkt 1–3 "
                  "(selvbetjeningsmodul for pårørende, avansert rapportpakke og automatisk "
                  "tildeling av saker) kan utsettes til fase 2 uten at de viktigste "
                  "nyttevirkningene går tapt.\n\n"
                  "Kommunedirektøren anbefaler også at kommunen fremmer krav overfor "
                  "leverandøren, jf. egen sak.",
    .proposed = "1. Ledergruppen godkjenner at kuttliste punkt 1–3 tas i bruk.\n"
                "2. Styringsrammen (P50) justeres ned tilsvarende.\n"
                "3. Prosjektet legger fram revidert framdriftsplan i neste møte.",
    .outcome = AMENDED,
    .amendment = "4. Kostnadsrammen (P85) står fast, og prosjektet legger også fram oppdatert "
                 "plan for nyttestyring i neste møte.",
    .minutes_note = "Ledergruppen presiserte at kostnadsrammen (P85) ikke endres, og ba om "
                    "oppdatert plan for nyttestyring.",
    .views = "money|{\"focus_area\":\"Sammenhengende tjenester\"};status-trend",
    .attachments = "Statusrapport.pdf;Kuttliste og konsekvensvurdering.xlsx" },
  { .title = "Krav mot leverandøren av fagsystem for helse og omsorg",
    .type = DECISION, .presenter = P_SORENSEN, .minutes = 20,
    .legal_basis = "offl. § 13 jf. fvl. § 13 første ledd nr. 2", .initiative = DEMO_REF (1),
    .summary = "Vurdering av krav om dagmulkt og dekning av merkostnader overfor leverandøren.",
    .background = "Leverandøren har ikke levert integrasjonen mot Folkeregisteret innen avtalt "
                  "frist. Avtalen gir rett til dagmulkt ved forsinkelse.",
    .assessment = "Saken inneholder opplysninger om leverandørens forretningsforhold og "
                  "kommunens forhandlingsposisjon. Kommunedirektøren anbefaler å fremme krav "
                  "om dagmulkt, men åpne for en forhandlet løsning.",
    .proposed = "1. Kommunedirektøren gis fullmakt til å fremme krav om dagmulkt overfor "
                "leverandøren.\n"
                "2. Kommunedirektøren kan inngå forlik innenfor rammen som er beskrevet i "
                "saken.",
    .outcome = ADOPTED, .attachments = "Juridisk vurdering.pdf" },
  { .title = "Evaluering av piloten Digitalt tilsyn i hjemmet",
    .type = DECISION, .presenter = P_LIE, .guest = P_LARSEN, .minutes = 20,
    .initiative = DEMO_REF (15), .gate = DEMO_GATE_BP5, .gate_outcome = DEMO_GATE_APPROVED,
    .pilot_decision = DEMO_PILOT_SCALE,
    .pilot_rationale = "Alle suksesskriteriene er nådd: ingen alvorlige hendelser, 41 % færre "
                       "nattlige besøk og 88 % fornøyde brukere og pårørende.",
    .summary = "Piloten har nådd suksesskriteriene. Tiltakseier anbefaler at digitalt tilsyn "
               "tas i bruk i alle soner i hjemmetjenesten.",
    .background = "Piloten har pågått i to soner i ett år. Digitalt nattilsyn har erstattet "
                  "fysiske besøk for brukere som har samtykket.",
    .assessment = "Evalueringen viser færre nattlige besøk, ingen alvorlige hendelser og gode "
                  "tilbakemeldinger fra brukere og pårørende. Nyttevirkningene er størst i "
                  "spredtbygde soner.",
    .proposed = "1. Ledergruppen godkjenner evalueringen og beslutter at digitalt tilsyn skal "
                "tas i bruk i alle soner.\n"
                "2. Piloten avsluttes, og utbredelsen gjennomføres som linjeoppgave i helse og "
                "omsorg.",
    .outcome = ADOPTED, .views = "benefits", .attachments = "Evalueringsrapport.pdf" },
  { .title = "Nyttevirkninger i porteføljen {Y0}",
    .type = INFORMATION, .presenter = P_NYGARD, .guest = P_NYGARD, .minutes = 15,
    .summary = "Årlig gjennomgang av planlagte og realiserte nyttevirkninger (gevinster) i "
               "porteføljen.",
    .background = "Nytteeierne har rapportert realiserte nyttevirkninger for {Y0}. "
                  "Rapporteringen omfatter både prissatte og ikke-prissatte nyttevirkninger.",
    .assessment = "Om lag tre firedeler av de planlagte prissatte nyttevirkningene er "
                  "realisert. Avviket skyldes i hovedsak at gamle rutiner brukes ved siden av "
                  "nye løsninger. Porteføljekontoret anbefaler at gevinstuttak i budsjettet "
                  "knyttes tettere til målte indikatorer.",
    .proposed = NOTED_TEXT, .outcome = NOTED, .views = "benefits" },
};

static const DemoCase m3_cases[] = {
  { .title = "BP4 for ny sak- og arkivløsning",
    .type = DECISION, .presenter = P_SORENSEN, .guest = P_ODEGARD, .minutes = 15,
    .initiative = DEMO_REF (14), .gate = DEMO_GATE_BP4, .gate_outcome = DEMO_GATE_APPROVED,
    .summary = "Løsningen er i drift. Prosjektet ber om å gå over i avslutningsfasen.",
    .background = "Den nye sak- og arkivløsningen er satt i produksjon. Alle enheter bruker "
                  "løsningen, og integrasjonene mot SvarUt og SvarInn er i drift.",
    .assessment = "Det gjenstår å migrere historiske data fra perioden før 2015; dette er lagt "
                  "inn i avslutningsfasen. Kommunedirektøren anbefaler overgang til "
                  "avslutning.",
    .proposed = "1. Ledergruppen godkjenner at prosjektet går over i avslutningsfasen (BP4).\n"
                "2. Sluttrapporten legges fram for godkjenning (BP5) innen årsskiftet.",
    .outcome = ADOPTED, .views = "roadmap" },
  { .title = "Midlertidig konstituering i digitaliseringsenheten",
    .type = DECISION, .presenter = P_MATHISEN, .minutes = 10,
    .legal_basis = "offl. § 13 jf. fvl. § 13 første ledd nr. 1",
    .summary = "Forslag om midlertidig konstituering i en lederstilling under permisjon.",
    .background = "En leder i digitaliseringsenheten har fått innvilget permisjon. Saken "
                  "omtaler personlige forhold.",
    .assessment = "Kommunedirektøren anbefaler konstituering internt for å sikre kontinuitet i "
                  "porteføljestyringen.",
    .proposed = "1. Ledergruppen slutter seg til forslaget om konstituering slik det er "
                "beskrevet i saken.",
    .outcome = ADOPTED },
  { .title = "Kompetansegap i porteføljen: informasjonssikkerhet og personvern",
    .type = DISCUSSION, .presenter = P_DAHL, .minutes = 25, .initiative = DEMO_REF (41),
    .summary = "Drøfting av kompetansebehovet i porteføljen og tiltak for å lukke gapet innen "
               "informasjonssikkerhet.",
    .background = "Porteføljekontoret har sammenstilt behov og kapasitet per kompetanseområde "
                  "og kvartal. Behovet for informasjonssikkerhet er om lag dobbelt så stort "
                  "som kapasiteten de neste fire kvartalene.",
    .assessment = "Mangel på informasjonssikkerhetskompetanse er den viktigste enkeltårsaken "
                  "til forsinkelser i porteføljen. Aktuelle tiltak er rekruttering, felles "
                  "ressurser i DigiFjord, rammeavtale for innleie og opplæring av egne "
                  "ansatte.",
    .proposed = "Ledergruppen drøfter saken og gir innspill til tiltak.",
    .outcome = NOTED,
    .minutes_note = "Ledergruppen ba HR-sjefen utarbeide en rekrutteringsplan og vurdere "
                    "felles stillinger i DigiFjord.",
    .views = "competence" },
  { .title = "Oppfølging av revisjonsrapporten om tilgangsstyring",
    .type = INFORMATION, .presenter = P_BERG, .guest = P_BERG, .minutes = 10,
    .initiative = DEMO_REF (22),
    .summary = "Status for oppfølgingen av revisjonens anbefalinger om tilgangsstyring i "
               "fagsystemene.",
    .background = "Kontrollutvalget behandlet revisjonens rapport om tilgangsstyring i fjor. "
                  "Rapporten hadde seks anbefalinger.",
    .assessment = "Fire av seks anbefalinger er lukket. De to siste henger sammen med "
                  "innføringen av felles identitets- og tilgangsstyring med tofaktor, som er "
                  "forsinket.",
    .proposed = NOTED_TEXT, .outcome = NOTED,
    .attachments = "Revisjonsrapport om tilgangsstyring=https://fjordvik.kommune.example/"
                   "kontrollutvalget/revisjonsrapport-tilgangsstyring" },
};

static const DemoCase m4_cases[] = {
  { .title = "Revidert styringsramme for felles dataplattform",
    .type = DECISION, .presenter = P_RONNING, .guest = P_MYHRE, .minutes = 20,
    .initiative = DEMO_REF (6),
    .summary = "Prosjektet ber om å øke styringsrammen (P50) innenfor kostnadsrammen (P85).",
    .background = "Prisjusteringen i rammeavtalen for skytjenester har gitt høyere kostnader "
                  "enn lagt til grunn ved BP3, og usikkerhetsavsetningen er disponert.",
    .assessment = "Økningen kan dekkes innenfor kostnadsrammen uten å bruke kuttlisten. "
                  "Porteføljekontoret anbefaler økningen, men forutsetter at lisensavtalen "
                  "reforhandles før neste budsjettår.",
    .proposed = "1. Porteføljerådet øker styringsrammen (P50) for felles dataplattform som "
                "foreslått. Kostnadsrammen (P85) står fast.\n"
                "2. Lisensavtalen reforhandles før neste budsjettår.",
    .outcome = ADOPTED, .views = "money",
    .attachments = "Revidert kostnadsoverslag.xlsx" },
  { .title = "Evaluering av piloten Mobil dokumentasjon i hjemmetjenesten i Øyvær",
    .type = DECISION, .presenter = P_NILSEN, .minutes = 15, .initiative = DEMO_REF (32),
    .pilot_decision = DEMO_PILOT_ADJUST,
    .pilot_rationale = "Tiden hos brukerne har økt, men synkroniseringen feiler der "
                       "mobildekningen er svak. Frakoblet modus må testes før skalering.",
    .summary = "Piloten har gitt mer tid hos brukerne, men dekningen er for dårlig i deler av "
               "kommunen. Anbefalingen er å justere og forlenge piloten.",
    .background = "Hjemmetjenesten i Øyvær har brukt nettbrett med mobil journal i seks "
                  "måneder. Øyvær har mange brukere på øyer med svak mobildekning.",
    .assessment = "Tiden som går med til dokumentasjon er redusert, men synkroniseringen feiler "
                  "der dekningen er svak. Leverandøren har en frakoblet modus som bør testes "
                  "før det tas stilling til skalering.",
    .proposed = "1. Porteføljerådet beslutter at piloten justeres og forlenges med seks "
                "måneder for å teste frakoblet modus.\n"
                "2. Ny evaluering legges fram for Porteføljerådet.",
    .outcome = ADOPTED, .attachments = "Midtveisevaluering.pdf" },
  { .title = "Sammenslåing av Masterdata for adresser og enheter med felles dataplattform",
    .type = DECISION, .presenter = P_NYGARD, .minutes = 10,
    .initiative = DEMO_REF (9), .initiative2 = DEMO_REF (6),
    .summary = "Forslag om å slå sammen to tiltak med overlappende omfang.",
    .background = "Masterdata-tiltaket og felles dataplattform har overlappende leveranser og "
                  "bruker de samme fagpersonene.",
    .assessment = "En sammenslåing gir én styringslinje, frigjør kapasitet til prosjektledelse "
                  "og reduserer risikoen for dobbeltarbeid. Gjenstående budsjett overføres til "
                  "felles dataplattform.",
    .proposed = "1. Tiltaket Masterdata for adresser og enheter slås sammen med Felles "
                "dataplattform for fire kommuner.\n"
                "2. Gjenstående budsjett og risikoer overføres til Felles dataplattform.",
    .outcome = ADOPTED, .views = "phase-funnel" },
  { .title = "Statsforvalterens bruk av 5 %-regelen",
    .type = INFORMATION, .presenter = P_WOLD, .minutes = 10, .initiative = DEMO_REF (10),
    .summary = "Orientering om at Statsforvalteren overskrider driftsbevilgningen mot "
               "innsparing de neste årene for å holde framdriften i ny "
               "saksbehandlingsløsning.",
    .background = "Statlige virksomheter kan overskride driftsbevilgningen med inntil 5 % til "
                  "investeringsformål, mot tilsvarende innsparing i løpet av de fem "
                  "påfølgende budsjettårene (rundskriv R-110, punkt 2.6).",
    .assessment = "Overskridelsen er innenfor 5 %-grensen og dekkes inn gjennom lavere lisens- "
                  "og driftskostnader når gamle systemer fases ut. Nedbetalingsplanen følges "
                  "opp i porteføljestatus.",
    .proposed = NOTED_TEXT, .outcome = NOTED, .views = "five-percent" },
  { .title = "Sårbarhet i felles påloggingsløsning – status og tiltak",
    .type = INFORMATION, .presenter = P_BERG, .minutes = 15,
    .legal_basis = "offl. § 24 tredje ledd", .initiative = DEMO_REF (22),
    .summary = "Orientering om en sårbarhet i påloggingsløsningen og tiltakene som er satt i "
               "verk.",
    .background = "Under penetrasjonstesten ble det funnet en sårbarhet i integrasjonen mellom "
                  "påloggingsløsningen og eldre fagsystemer. Det er ingen tegn til at "
                  "sårbarheten er utnyttet.",
    .assessment = "Opplysningene kan gjøre det lettere å angripe kommunenes systemer. "
                  "Utbedringen er prioritert foran ny funksjonalitet.",
    .proposed = NOTED_TEXT, .outcome = NOTED },
};

static const DemoCase m5_cases[] = {
  { .title = "Tertialrapport for digitaliseringsporteføljen",
    .type = DECISION, .presenter = P_DAHL, .guest = P_NYGARD, .minutes = 20,
    .summary = "Rapport om status, økonomi og nyttevirkninger i porteføljen ved utgangen av "
               "tertialet.",
    .background = "Tertialrapporten sammenstiller statusrapportene fra alle tiltak og "
                  "prognosen for året.",
    .assessment = "Porteføljen har færre røde tiltak enn ved forrige tertial, men prognosen for "
                  "året viser et merforbruk som må dekkes innenfor rammen for digitalisering. "
                  "Kommunedirektøren foreslår å dekke dette ved å utsette oppstart av nye "
                  "tiltak.",
    .proposed = "1. Ledergruppen tar tertialrapporten til etterretning.\n"
                "2. Oppstart av nye tiltak utsettes til budsjettet for {Y1} er vedtatt.",
    .outcome = ADOPTED, .views = "kpi;status-trend;money",
    .attachments = "Tertialrapport digitalisering.pdf" },
  { .title = "Pause i meldingsutvekslingen med helseforetaket",
    .type = DECISION, .presenter = P_LIE, .guest = P_SUNDE, .minutes = 15,
    .initiative = DEMO_REF (38), .gate = DEMO_GATE_BP4, .gate_outcome = DEMO_GATE_PAUSED,
    .summary = "Helseforetaket har utsatt sin del av løsningen. Tiltakseier foreslår å sette "
               "tiltaket på pause.",
    .background = "Helse Fjordland HF har utsatt innføringen av ny meldingsplattform til neste "
                  "år. Uten den kan kommunen ikke ta i bruk de nye meldingstypene.",
    .assessment = "Å fortsette nå vil binde ressurser uten å gi nytte. En pause frigjør "
                  "prosjektleder og utviklere til andre tiltak. Tiltaket tas opp igjen når "
                  "helseforetaket har bekreftet ny dato.",
    .proposed = "1. Tiltaket settes på pause fra {MONTH}.\n"
                "2. Tiltakseier legger fram sak om å gjenoppta tiltaket når helseforetaket har "
                "bekreftet ny dato.",
    .outcome = ADOPTED, .views = "roadmap" },
  { .title = "Skyreise: kostnadsutvikling og exit-strategi",
    .type = DISCUSSION, .presenter = P_DAHL, .guest = P_RUD, .minutes = 20,
    .initiative = DEMO_REF (25),
    .summary = "Drøfting av kostnadsutviklingen for skytjenester og behovet for en "
               "exit-strategi.",
    .background = "Lisensprisene for skytjenester har økt mer enn lagt til grunn. Flere "
                  "fagsystemer er flyttet, og strømforbruket i eget datarom er redusert.",
    .assessment = "Kommunedirektøren mener kommunen må ha en plan for å bytte leverandør eller "
                  "flytte data tilbake dersom vilkårene endres, og at dette bør være et krav i "
                  "nye anskaffelser.",
    .proposed = "Ledergruppen drøfter saken.",
    .outcome = NOTED,
    .minutes_note = "Ledergruppen ba om en exit-strategi for skytjenestene og en vurdering av "
                    "lisenskostnadene fram mot {Y1}.",
    .views = "money" },
  { .title = "Status for personvernprogrammet (ROS og DPIA)",
    .type = INFORMATION, .presenter = P_KRISTOFFERSEN, .guest = P_KRISTOFFERSEN,
    .minutes = 10, .initiative = DEMO_REF (41),
    .summary = "Status for arbeidet med risikovurderinger og personvernkonsekvensvurderinger "
               "for kommunens fagsystemer.",
    .background = "Personvernprogrammet skal sikre at alle fagsystemer har oppdatert ROS og, "
                  "der det kreves, DPIA.",
    .assessment = "Av 86 fagsystemer har 61 oppdatert ROS, og 19 av 27 påkrevde DPIA-er er "
                  "ferdige. Mangel på informasjonssikkerhetskompetanse er hovedårsaken til "
                  "forsinkelsen.",
    .proposed = NOTED_TEXT, .outcome = NOTED, .views = "competence" },
};

static const DemoCase m6_cases[] = {
  { .title = "Evaluering av piloten Energistyring i kommunale bygg",
    .type = DECISION, .presenter = P_STRAND, .guest = P_AASLAND, .minutes = 15,
    .initiative = DEMO_REF (27), .gate = DEMO_GATE_BP4, .gate_outcome = DEMO_GATE_APPROVED,
    .pilot_decision = DEMO_PILOT_SCALE,
    .pilot_rationale = "Energibruken gikk ned med 18 % mot målet på 15 %, uten flere klager på "
                       "inneklima, og sensornettet er godkjent etter sikkerhetsvurdering.",
    .summary = "Piloten i fem skoler ga 18 % lavere energibruk. Tiltakseier anbefaler å "
               "skalere til alle kommunale bygg.",
    .background = "Piloten har styrt varme og ventilasjon automatisk ut fra sensordata og "
                  "timeplaner i fem skoler siden forrige fyringssesong.",
    .assessment = "Energibruken gikk ned med 18 % mot målet på 15 %, uten klager på "
                  "inneklimaet. Informasjonssikkerheten i sensornettet er vurdert og godkjent. "
                  "Skalering krever en investering som må inn i økonomiplanen.",
    .proposed = "1. Ledergruppen godkjenner evalueringen og beslutter at energistyring skaleres "
                "til alle kommunale bygg.\n"
                "2. Investeringen innarbeides i forslaget til økonomiplan.",
    .outcome = ADOPTED, .views = "benefits|{\"focus_area\":\"Grønn og effektiv drift\"}",
    .attachments = "Evalueringsrapport energistyring.pdf" },
  { .title = "BP2 for KI-assistent for saksbehandlere",
    .type = DECISION, .presenter = P_DAHL, .guest = P_LUND, .minutes = 25,
    .initiative = DEMO_REF (17), .gate = DEMO_GATE_BP2,
    .gate_outcome = DEMO_GATE_APPROVED_WITH_CONDITIONS,
    .gate_conditions = "DPIA og avklaring av rettslig grunnlag før utprøving med reelle saker; "
                       "all databehandling skal skje i EØS.",
    .summary = "Tiltakseier ber om å gå videre til planleggingsfasen med en KI-assistent basert "
               "på databehandling i Norge.",
    .background = "Konseptfasen har vurdert tre alternativer: å vente på nasjonale løsninger, "
                  "å kjøpe en ferdig tjeneste eller å bygge en assistent på en godkjent "
                  "plattform med databehandling i Norge. Erfaringene fra utprøvingen av "
                  "språkmodell for klarspråk er tatt med.",
    .assessment = "Det tredje alternativet gir mest læring og best kontroll med "
                  "personopplysninger. Kommunedirektøren anbefaler at planleggingsfasen "
                  "gjennomføres med fiktive data inntil DPIA er godkjent.",
    .proposed = "1. Ledergruppen godkjenner prosjektforslaget for KI-assistent for "
                "saksbehandlere (BP2).\n"
                "2. Planleggingsfasen gjennomføres med fiktive data inntil DPIA er godkjent.",
    .outcome = AMENDED,
    .amendment = "3. Tillitsvalgte involveres i planleggingsfasen, og det legges fram en plan "
                 "for opplæring av saksbehandlerne.",
    .minutes_note = "Ledergruppen la til et punkt om involvering av tillitsvalgte og "
                    "opplæring.",
    .views = "value-risk", .attachments = "Prosjektforslag KI-assistent.pdf" },
  { .title = "Omorganisering av IKT-tjenesten – foreløpig drøfting",
    .type = DISCUSSION, .presenter = P_SORENSEN, .minutes = 20, .legal_basis = "offl. § 14",
    .summary = "Foreløpig drøfting av alternativer for å organisere IKT-driften i "
               "DigiFjord-kommunene.",
    .background = "Driftsavtalen utløper, og kommunene har bedt om en vurdering av om "
                  "IKT-driften bør samles i én enhet.",
    .assessment = "Notatet er utarbeidet for kommunens egen saksforberedelse. Alternativene har "
                  "konsekvenser for ansatte og skal drøftes med tillitsvalgte før det legges "
                  "fram en sak.",
    .proposed = "Ledergruppen drøfter saken. Kommunedirektøren legger fram en sak etter "
                "drøfting med tillitsvalgte.",
    .outcome = NOTED,
    .minutes_note = "Ledergruppen drøftet tre alternativer og ba om at konsekvensene for "
                    "ansatte utredes nærmere." },
  { .title = "Oppfølging av kuttlisten for digital søknad om helse- og omsorgstjenester",
    .type = INFORMATION, .presenter = P_SAETHER, .guest = P_SAETHER, .minutes = 10,
    .initiative = DEMO_REF (1),
    .summary = "Status etter at kuttlisten ble tatt i bruk: tiltaket er tilbake innenfor "
               "kostnadsrammen.",
    .background = "Ledergruppen vedtok tidligere i år å ta i bruk kuttliste punkt 1–3.",
    .assessment = "Løsningen er satt i produksjon, og prognosen ligger innenfor kostnadsrammen "
                  "(P85). Utsatte funksjoner vurderes i fase 2 når nyttevirkningene fra første "
                  "fase er målt.",
    .proposed = NOTED_TEXT, .outcome = NOTED, .views = "status-trend" },
};

static const DemoCase m7_cases[] = {
  { .title = "Handlingsplan og kostnadsfordeling for DigiFjord {Y1}",
    .type = DECISION, .presenter = P_NYGARD, .minutes = 30,
    .summary = "Forslag til handlingsplan for {Y1} og fordeling av kostnadene mellom "
               "kommunene.",
    .background = "Kommunestyrene har vedtatt sine budsjetter, og innspillene fra Ledergruppen "
                  "i Fjordvik og de andre kommunene er innarbeidet.",
    .assessment = "Porteføljekontoret foreslår å videreføre de største tiltakene, starte "
                  "Felles innbyggerportal som konsept og styrke felles kapasitet innen "
                  "informasjonssikkerhet.",
    .proposed = "1. Porteføljerådet vedtar handlingsplan for DigiFjord {Y1}.\n"
                "2. Kostnadene for {Y1} fordeles etter innbyggertall, jf. samarbeidsavtalen.\n"
                "3. Felles innbyggerportal «Min side» startes som konsept (BP1).",
    .views = "focus-areas;cross-agency;competence",
    .attachments = "Handlingsplan DigiFjord {Y1} – forslag.pdf" },
  { .title = "BP3 for deling av matrikkel- og eiendomsdata",
    .type = DECISION, .presenter = P_FJELD, .guest = P_BAKKE, .minutes = 20,
    .initiative = DEMO_REF (8),
    .summary = "Prosjektet ber om godkjenning av styringsdokumentet og overgang til "
               "gjennomføringsfasen.",
    .background = "Kartverket har lansert nytt grensesnitt til Matrikkelen, og avhengigheten som "
                  "holdt prosjektet tilbake i konseptfasen er løst.",
    .assessment = "Porteføljekontoret anbefaler BP3. Prosjektet er avhengig av felles "
                  "dataplattform, som er i rute.",
    .proposed = "1. Porteføljerådet godkjenner styringsdokumentet for deling av matrikkel- og "
                "eiendomsdata (BP3).\n"
                "2. Styringsrammen (P50) og kostnadsrammen (P85) fastsettes som foreslått.",
    .views = "roadmap", .attachments = "Styringsdokument.pdf" },
  { .title = "Status i anskaffelsen av ny driftsleverandør",
    .type = INFORMATION, .presenter = P_MOEN, .guest = P_MOEN, .minutes = 15,
    .legal_basis = "offl. § 23 første ledd", .initiative = DEMO_REF (34),
    .summary = "Orientering om forhandlingene og veien fram mot tildeling.",
    .background = "Det er gjennomført to forhandlingsrunder med tre tilbydere.",
    .assessment = "Opplysningene om forhandlingene vil svekke kommunenes posisjon om de blir "
                  "kjent før kontrakten er signert.",
    .proposed = NOTED_TEXT },
  { .title = "Ekstern vurdering av driftsmodell for IKT – foreløpig rapport",
    .type = INFORMATION, .presenter = P_DAHL, .minutes = 15, .legal_basis = "offl. § 15 andre ledd",
    .summary = "Orientering om konsulentens foreløpige vurdering av driftsmodell for IKT.",
    .background = "Konsulentselskapet har levert en foreløpig rapport som er innhentet til bruk "
                  "i kommunenes interne saksforberedelse.",
    .assessment = "Rapporten er et utkast, og vurderingene er ikke drøftet med tillitsvalgte.",
    .proposed = NOTED_TEXT, .attachments = "Foreløpig rapport driftsmodell.pdf" },
  { .title = "Felles prinsipper for bruk av kunstig intelligens i kommunene",
    .type = DISCUSSION, .presenter = P_HADDAD, .minutes = 25, .initiative = DEMO_REF (17),
    .summary = "Drøfting av felles prinsipper for bruk av kunstig intelligens i DigiFjord.",
    .background = "Flere tiltak i porteføljen utforsker kunstig intelligens. Kommunene har "
                  "ulike retningslinjer.",
    .assessment = "Felles prinsipper for personvern, åpenhet, menneskelig kontroll og "
                  "databehandling i EØS vil gjøre det enklere å prøve ut og ta i bruk "
                  "løsninger på tvers av kommunene.",
    .proposed = "Porteføljerådet drøfter saken og gir innspill til prinsippene.",
    .attachments = "Veileder for bruk av kunstig intelligens i DigiFjord="
                   "https://fjordvik.kommune.example/digitalisering/ki-veiledning" },
};

static const DemoCase m8_cases[] = {
  { .title = "Sluttrapport for ny sak- og arkivløsning (BP5)",
    .type = DECISION, .presenter = P_SORENSEN, .minutes = 15, .initiative = DEMO_REF (14),
    .summary = "Prosjektet legger fram sluttrapporten og ber om at prosjektet avsluttes.",
    .background = "Løsningen har vært i drift siden våren, og migreringen av historiske data er "
                  "nesten ferdig.",
    .proposed = "1. Ledergruppen godkjenner sluttrapporten for ny sak- og arkivløsning (BP5).\n"
                "2. Nyttevirkningene følges opp av nytteeier i linjen." },
  { .title = "Virksomhetsplan for digitalisering {Y}",
    .type = DECISION, .presenter = P_DAHL, .minutes = 20,
    .summary = "Forslag til virksomhetsplan for digitalisering i Fjordvik kommune for {Y}.",
    .proposed = "1. Ledergruppen vedtar virksomhetsplan for digitalisering {Y}." },
  { .title = "Gevinstuttak i budsjettet for {Y}",
    .type = DISCUSSION, .presenter = P_AAS, .minutes = 20,
    .summary = "Drøfting av hvordan realiserte nyttevirkninger tas ut i budsjettet." },
};

#define MEETING(forum, when, state, cases, aob) \
  { forum, when, state, cases, G_N_ELEMENTS (cases), aob }

const DemoMeeting demo_meetings[] = {
  MEETING (FORUM_LEDERGRUPPEN, -11, MEETING_STATE_MINUTES_APPROVED, m0_cases, NULL),
  MEETING (FORUM_PORTEFOLJERADET, -9, MEETING_STATE_MINUTES_APPROVED, m1_cases, NULL),
  MEETING (FORUM_LEDERGRUPPEN, -7, MEETING_STATE_MINUTES_APPROVED, m2_cases, NULL),
  MEETING (FORUM_LEDERGRUPPEN, -5, MEETING_STATE_MINUTES_APPROVED, m3_cases, NULL),
  MEETING (FORUM_PORTEFOLJERADET, -4, MEETING_STATE_MINUTES_APPROVED, m4_cases,
           "Nordstrand kommune inviterer til fagdag om tjenestedesign i neste kvartal."),
  MEETING (FORUM_LEDERGRUPPEN, -2, MEETING_STATE_MINUTES_APPROVED, m5_cases,
           "Kommunalsjef for helse og omsorg orienterte kort om nasjonal innføring av "
           "pasientens journaldokumenter. Ingen vedtak ble fattet under eventuelt."),
  MEETING (FORUM_LEDERGRUPPEN, DEMO_MEETING_RECENT, MEETING_STATE_HELD, m6_cases, NULL),
  MEETING (FORUM_PORTEFOLJERADET, DEMO_MEETING_NEXT, MEETING_STATE_NOTICE_SENT, m7_cases,
           NULL),
  MEETING (FORUM_LEDERGRUPPEN, DEMO_MEETING_LATER, MEETING_STATE_DRAFT, m8_cases, NULL),
};
const guint demo_n_meetings = G_N_ELEMENTS (demo_meetings);

const DemoAbsence demo_absences[] = {
  { 0, P_FOSSUM, P_NONE, "Forfall: deltar på KS' kommunikasjonskonferanse" },
  { 1, P_FJELD, P_BERGE, "Forfall: sykdom" },
  { 2, P_AAS, P_KVAM, "Forfall: kurs" },
  { 3, P_STRAND, P_NONE, "Forfall: ferie" },
  { 4, P_TVEIT, P_NONE, "Forfall: fylkestingsmøte" },
  { 5, P_MATHISEN, P_NONE, "Forfall: forhandlingsmøte med arbeidstakerorganisasjonene" },
  { 6, P_BJORNSTAD, P_NONE, "Forfall: sykdom" },
  { 7, P_WOLD, P_NONE, "Meldt forfall: tjenestereise" },
};
const guint demo_n_absences = G_N_ELEMENTS (demo_absences);

#define OPEN DEMO_ACTION_OPEN
#define IN_PROGRESS DEMO_ACTION_IN_PROGRESS
#define DONE DEMO_ACTION_DONE
#define CANCELLED DEMO_ACTION_CANCELLED

const DemoAction demo_actions[] = {
  { 0, 0, "Innarbeide prioriteringene i virksomhetsplanene for {Y1}", "",
    P_AAS, 45, DONE, 40, 2 + 1, "Innarbeidet i alle virksomhetsplaner." },
  { 0, 1, "Legge fram godkjent DPIA for skoleadministrativt system", "",
    P_KRISTIANSEN, 40, DONE, 38, 2 + 1, "DPIA er godkjent av personvernombudet." },
  { 0, 2, "Gjennomføre phishing-øvelse for alle ansatte",
    "Øvelsen skal omfatte alle ansatte med e-post, også politikere.",
    P_BERG, 60, DONE, 55, 2 + 1, "Gjennomført: 7 % klikket på lenken, mot 19 % sist." },
  { 1, 0, "Sende vedtatt handlingsplan til kommunene for behandling i formannskapene", "",
    P_NYGARD, 14, DONE, 10, 4 + 1, "Sendt til alle fire kommuner." },
  { 1, 1, "Skrive og dele sluttnotat om erfaringene med språkmodellen", "",
    P_BREKKE, 30, DONE, 33, 4 + 1, "Sluttnotatet er delt med kommunene og KS." },
  { 1, 2, "Rapportere nyttevirkninger for DigiSos i porteføljestatus", "",
    P_LUND, 180, DONE, 150, 4 + 1, "Første rapport er levert." },
  { 1, 3, "Gjennomføre første forhandlingsrunde med tilbyderne", "",
    P_MOEN, 60, DONE, 58, 4 + 1, "Første runde er gjennomført med tre tilbydere." },
  { 2, 0, "Legge fram revidert framdriftsplan og plan for nyttestyring", "",
    P_SAETHER, 35, DONE, 35, 3 + 1, "Lagt fram i møtet." },
  { 2, 1, "Fremme krav om dagmulkt og følge opp forhandlingene med leverandøren", "",
    P_SORENSEN, 30, IN_PROGRESS, 0, 0,
    "Forhandlingsmøte er gjennomført; leverandøren har bedt om mekling. Nytt møte er avtalt." },
  { 2, 2, "Lage plan for å ta i bruk digitalt tilsyn i alle soner", "",
    P_LIE, 90, DONE, 120, 5 + 1, "Planen er vedtatt; utbredelsen starter etter nyttår." },
  { 2, 3, "Knytte gevinstuttak i budsjettet til målte indikatorer", "",
    P_AAS, 120, DONE, 115, 5 + 1, "Innarbeidet i budsjettrundskrivet." },
  { 3, 0, "Ferdigstille migrering av historiske arkivdata", "",
    P_ODEGARD, 90, IN_PROGRESS, 0, 0,
    "Migreringen av 2008–2012 er ferdig; 2013–2014 gjenstår." },
  { 3, 1, "Avklare konstitueringen med tillitsvalgte og informere enheten", "",
    P_MATHISEN, 14, DONE, 9, 5 + 1, "Gjennomført." },
  { 3, 2, "Utarbeide rekrutteringsplan for informasjonssikkerhet og personvern", "",
    P_MATHISEN, 60, OPEN, 0, 0, "Utkast er sendt på innspill til kommunalsjefene." },
  { 3, 2, "Kjøpe ekstern kartlegging av kompetansebehovet", "",
    P_DAHL, 30, CANCELLED, 21, 0,
    "Avlyst: Statsforvalterens regionale kartlegging dekker behovet." },
  { 4, 0, "Reforhandle lisensavtalen for dataplattformen", "",
    P_RONNING, 75, DONE, 70, 0, "Ny avtale er signert med 9 % lavere lisenspris." },
  { 4, 1, "Teste frakoblet modus og legge fram ny evaluering", "",
    P_NILSEN, 150, IN_PROGRESS, 0, 0, "Testingen er startet i to soner." },
  { 4, 4, "Gjennomføre ny penetrasjonstest etter utbedringen", "",
    P_BERG, 45, DONE, 41, 0, "Den nye testen viste ingen alvorlige funn." },
  { 5, 0, "Innarbeide tertialrapporten i kommunedirektørens rapport til formannskapet", "",
    P_AAS, 14, DONE, 12, 6 + 1, "Innarbeidet." },
  { 5, 1, "Avklare ny dato med helseforetaket og vurdere å gjenoppta tiltaket", "",
    P_LIE, 120, OPEN, 0, 0, "Helseforetaket gir svar i januar." },
  { 5, 2, "Utrede exit-strategi for skytjenester", "",
    P_DAHL, 70, OPEN, 0, 0, "Arbeidet er startet; vilkårene hos leverandørene er kartlagt." },
  { 6, 0, "Innarbeide investering i energistyring i forslaget til økonomiplan", "",
    P_AAS, 20, IN_PROGRESS, 0, 0,
    "Tatt inn i kommunedirektørens forslag; behandles i formannskapet." },
  { 6, 1, "Sende oppdatert framdriftsplan for KI-assistenten til Ledergruppen", "",
    P_LUND, 5, OPEN, 0, 0, "" },
  { 6, 1, "Involvere tillitsvalgte i planleggingsfasen for KI-assistenten", "",
    P_MATHISEN, 60, OPEN, 0, 0, "" },
  { 6, 2, "Drøfte alternativene for organisering av IKT-tjenesten med tillitsvalgte", "",
    P_MATHISEN, 30, OPEN, 0, 0, "Drøftingsmøte er berammet." },
  { 6, 3, "Legge fram forslag til innhold i fase 2 av digital søknad", "",
    P_SAETHER, 90, OPEN, 0, 0, "" },
};
const guint demo_n_actions = G_N_ELEMENTS (demo_actions);
