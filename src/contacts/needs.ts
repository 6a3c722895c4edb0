/**
 * What people ask for, mapped to the tags the contacts files use. A contact
 * carrying one of `tags` is also found by every word in `words` (Dutch and
 * English, without accents; typos are left to the fuzzy search).
 */
export interface Need {
  readonly tags: readonly string[];
  readonly words: readonly string[];
}

export const needs: readonly Need[] = [
  { tags: ['schulden'], words: ['schuld', 'schulden', 'geldzorgen', 'geldproblemen', 'geld', 'armoede', 'rekeningen', 'betalingsachterstand', 'financieel', 'financiele', 'debt', 'debts', 'money', 'poverty'] },
  { tags: ['huisvesting', 'huisuitzetting'], words: ['wonen', 'woning', 'woonruimte', 'dakloos', 'uitzetting', 'huisuitzetting', 'housing', 'eviction', 'homeless'] },
  { tags: ['crisis'], words: ['crisis', 'crisissituatie', 'gezinscrisis', 'noodsituatie', 'escalatie'] },
  { tags: ['gezin'], words: ['gezin', 'gezinnen', 'familie', 'family', 'household'] },
  { tags: ['opvoeding', 'opvoeden'], words: ['opvoeding', 'opvoeden', 'opvoedproblemen', 'opvoedingsvragen', 'opgroeien', 'parenting', 'upbringing'] },
  { tags: ['jeugdarts'], words: ['jeugdarts', 'arts', 'dokter', 'schoolarts', 'consultatiebureau', 'doctor', 'physician'] },
  { tags: ['jeugdverpleegkundige'], words: ['verpleegkundige', 'jeugdverpleegkundige', 'nurse'] },
  { tags: ['gezondheid', 'jgz'], words: ['gezondheid', 'ziek', 'medisch', 'jeugdgezondheidszorg', 'health', 'medical'] },
  { tags: ['jeugdhulp', 'ondersteuning', 'zorg'], words: ['jeugdhulp', 'jeugdzorg', 'hulpverlening', 'hulp', 'youth', 'support'] },
  { tags: ['spoed'], words: ['spoed', 'nood', 'noodgeval', 'noodnummer', 'alarmnummer', 'alarm', 'gevaar', 'levensgevaar', 'acuut', 'brandweer', 'ambulance', 'emergency', 'danger', 'urgent'] },
  { tags: ['politie'], words: ['politie', 'agent', 'wijkagent', 'police', 'officer'] },
  { tags: ['aangifte'], words: ['aangifte', 'strafbaar', 'misdrijf', 'crime'] },
  { tags: ['veilig thuis'], words: ['veiligthuis', 'vt', 'amk', 'meldpunt', 'melden', 'melding', 'report'] },
  { tags: ['huiselijk geweld', 'kindermishandeling'], words: ['mishandeling', 'kindermishandeling', 'geweld', 'huiselijk', 'abuse', 'violence', 'domestic', 'maltreatment'] },
  { tags: ['meldcode'], words: ['meldcode', 'signalen', 'vermoeden', 'reporting'] },
  { tags: ['vertrouwenspersoon', 'externe vertrouwenspersoon'], words: ['vertrouwenspersoon', 'vertrouwen', 'vertrouwelijk', 'confidential', 'confidant', 'counsellor'] },
  { tags: ['klacht'], words: ['klacht', 'klachten', 'klagen', 'ontevreden', 'complaint', 'complain'] },
  { tags: ['pesten'], words: ['pesten', 'gepest', 'pester', 'pestgedrag', 'bullying', 'bullied', 'bully'] },
  { tags: ['zeden', 'zedendelict', 'seksueel misbruik', 'seksuele intimidatie'], words: ['zeden', 'zedenzaak', 'seksueel', 'seksuele', 'misbruik', 'aanranding', 'intimidatie', 'grooming', 'sexual', 'harassment'] },
  { tags: ['jeugdbescherming', 'kinderbescherming'], words: ['jeugdbescherming', 'kinderbescherming', 'ots', 'ondertoezichtstelling', 'voogdij', 'jeugdreclassering', 'protection', 'guardianship'] },
  { tags: ['kindertelefoon', 'kinderen'], words: ['kindertelefoon', 'chat', 'chatten', 'helpline'] },
  { tags: ['directeur'], words: ['directeur', 'directie', 'schoolleider', 'leiding', 'principal', 'headteacher', 'director'] },
  { tags: ['intern begeleider'], words: ['ib', 'ib-er', 'iber', 'intern', 'begeleider', 'zorgcoordinator', 'senco'] },
  { tags: ['aandachtsfunctionaris'], words: ['aandachtsfunctionaris', 'safeguarding'] },
  { tags: ['calamiteit'], words: ['calamiteit', 'calamiteiten', 'ramp', 'ongeluk', 'ongeval', 'incident', 'overlijden', 'disaster', 'accident'] },
  { tags: ['vertrouwensinspecteur', 'inspectie'], words: ['inspectie', 'inspecteur', 'vertrouwensinspecteur', 'inspectorate', 'inspector'] },
  { tags: ['discriminatie', 'radicalisering'], words: ['discriminatie', 'racisme', 'radicalisering', 'extremisme', 'discrimination', 'racism', 'radicalisation'] },
  { tags: ['bestuur'], words: ['bestuur', 'bestuurder', 'schoolbestuur', 'board'] },
  { tags: ['onderwijsspecialist', 'passend onderwijs'], words: ['onderwijsspecialist', 'passend', 'samenwerkingsverband', 'swv', 'leerproblemen', 'onderwijsbehoefte'] },
  { tags: ['pestcoordinator', 'gedragscoordinator'], words: ['pestcoordinator', 'gedragscoordinator', 'gedrag', 'behaviour'] },
  { tags: ['schoolmaatschappelijk werk'], words: ['smw', 'maatschappelijk', 'maatschappelijkwerker', 'social', 'worker'] },
];
