import type { TemplateLanguage } from '#src/dwcp/report-template/template-layout.js';

/** What the instructions sheet refers to: sheet names, headers and choices as the workbook shows them. */
export interface InstructionNames {
  report: string;
  lines: string;
  results: string;
  value: string;
  lineStatuses: string;
  milestoneStatuses: string;
}

/** The instructions sheet's words in one language. */
export interface InstructionTexts {
  title: string;
  office: string;
  quarter: string;
  report: string;
  version: string;
  howTo: string;
  step: string;
  steps: (names: InstructionNames) => string[];
}

// Each rule says exactly what the import does (template-cells.ts, common/validation/number-text.ts,
// template-missing-rows.ts): a change there is a change here, in the three languages.
const en: InstructionTexts = {
  title: 'ROAP results tracker: quarterly progress report (offline template)',
  office: 'ILO Office',
  quarter: 'Quarter',
  report: 'Report',
  version: 'version',
  howTo: 'How to fill it',
  step: 'Step',
  steps: (n) => [
    `Type only in the white cells of the sheets "${n.report}", "${n.lines}" and "${n.results}". Grey cells, headers and hidden columns identify each row: do not change, move or copy them.`,
    `Keep every row: do not delete, add or sort rows. A deleted row is named by its plan item code or indicator and nothing is saved. A row left as it is keeps what the report holds.`,
    `"${n.lines}": for each plan item choose a status (${n.lineStatuses}), give the % complete as a number from 0 to 100, and describe the progress and challenges of the quarter.`,
    `"${n.results}": a number or percent component takes a number in "${n.value}"; a milestone takes a status (${n.milestoneStatuses}); a text component takes its narrative. A row left empty keeps what the report holds.`,
    'Numbers: type them as numbers. A number written as text is read as in English: 1234.5 or 1,234.5 (a comma between thousands, a point before decimals). A lone comma or point followed by exactly three digits, as in 1,234 or 1.234, is refused because languages read it differently: write 1234, or type the number as a number. Text beginning with =, +, - or @ in a number cell is refused (a negative number typed as a number is kept).',
    `Percentages (% complete, and the value of a percent component) go from 0 to 100: 40, the text 40 % and a cell formatted as a percentage showing 40 % are all read as 40. A percentage in the value of a number component is refused.`,
    'Text (narratives, progress, challenges) is saved exactly as typed, even when it begins with =, +, - or @ (a bullet such as "- trained 20 people" stays as it is): it is kept as words and never calculated. A formula is refused in every cell: type values, not formulas.',
    'When you are back online, upload the workbook on "My report". Every row is checked: either everything is saved as the draft of your report, or nothing is, and you get the workbook back with each problem marked.',
    'If someone saved the report online after you downloaded this template, the upload is refused so that neither change is lost: download a new template.',
  ],
};

const fr: InstructionTexts = {
  title: 'ROAP results tracker : rapport trimestriel d’avancement (modèle hors ligne)',
  office: 'Bureau de l’OIT',
  quarter: 'Trimestre',
  report: 'Rapport',
  version: 'version',
  howTo: 'Comment le remplir',
  step: 'Étape',
  steps: (n) => [
    `Ne tapez que dans les cellules blanches des feuilles « ${n.report} », « ${n.lines} » et « ${n.results} ». Les cellules grises, les en-têtes et les colonnes masquées identifient chaque ligne : ne les modifiez pas, ne les déplacez pas, ne les copiez pas.`,
    `Gardez toutes les lignes : n’en supprimez, n’en ajoutez et n’en triez aucune. Une ligne supprimée est signalée par le code de son élément du plan ou par son indicateur, et rien n’est enregistré. Une ligne laissée telle quelle garde ce que contient le rapport.`,
    `« ${n.lines} » : pour chaque élément du plan, choisissez un statut (${n.lineStatuses}), indiquez le % d’achèvement par un nombre de 0 à 100 et décrivez les progrès et les difficultés du trimestre.`,
    `« ${n.results} » : une composante nombre ou pourcentage prend un nombre dans « ${n.value} » ; un jalon prend un statut (${n.milestoneStatuses}) ; une composante texte prend son récit. Une ligne laissée vide garde ce que contient le rapport.`,
    'Nombres : tapez-les comme des nombres. Un nombre écrit comme du texte est lu à la française : 1234,5 ou 1 234,5 (une espace entre les milliers, une virgule avant les décimales). Une virgule ou un point seul suivi d’exactement trois chiffres, comme dans 1,234 ou 1.234, est refusé car les langues ne le lisent pas de la même façon : écrivez 1234, ou tapez le nombre comme un nombre. Un texte commençant par =, +, - ou @ dans une cellule de nombre est refusé (un nombre négatif tapé comme un nombre est gardé).',
    `Les pourcentages (% d’achèvement, et la valeur d’une composante en pourcentage) vont de 0 à 100 : 40, le texte 40 % et une cellule au format pourcentage affichant 40 % sont tous lus comme 40. Un pourcentage dans la valeur d’une composante nombre est refusé.`,
    'Le texte (récits, progrès, difficultés) est enregistré exactement tel que tapé, même s’il commence par =, +, - ou @ (une puce comme « - 20 personnes formées » reste telle quelle) : il est gardé comme des mots et jamais calculé. Une formule est refusée dans toutes les cellules : tapez des valeurs, pas des formules.',
    'De retour en ligne, chargez le classeur dans « Mon rapport ». Chaque ligne est vérifiée : soit tout est enregistré comme brouillon de votre rapport, soit rien ne l’est, et vous recevez le classeur avec chaque problème signalé.',
    'Si quelqu’un a enregistré le rapport en ligne après le téléchargement de ce modèle, le chargement est refusé pour qu’aucune des deux modifications ne soit perdue : téléchargez un nouveau modèle.',
  ],
};

const es: InstructionTexts = {
  title: 'ROAP results tracker: informe trimestral de avance (plantilla sin conexión)',
  office: 'Oficina de la OIT',
  quarter: 'Trimestre',
  report: 'Informe',
  version: 'versión',
  howTo: 'Cómo completarla',
  step: 'Paso',
  steps: (n) => [
    `Escriba solo en las celdas blancas de las hojas «${n.report}», «${n.lines}» e «${n.results}». Las celdas grises, los encabezados y las columnas ocultas identifican cada fila: no los cambie, mueva ni copie.`,
    `Conserve todas las filas: no elimine, agregue ni ordene filas. Una fila eliminada se señala por el código de su elemento del plan o por su indicador, y no se guarda nada. Una fila que se deja como está conserva lo que contiene el informe.`,
    `«${n.lines}»: para cada elemento del plan elija un estado (${n.lineStatuses}), indique el % completado como un número de 0 a 100 y describa los avances y las dificultades del trimestre.`,
    `«${n.results}»: un componente de número o porcentaje lleva un número en «${n.value}»; un hito lleva un estado (${n.milestoneStatuses}); un componente de texto lleva su narrativa. Una fila que se deja vacía conserva lo que contiene el informe.`,
    'Números: escríbalos como números. Un número escrito como texto se lee como en español: 1234,5 o 1.234,5 (un punto entre los miles, una coma antes de los decimales). Una coma o un punto solo seguido de exactamente tres dígitos, como en 1,234 o 1.234, se rechaza porque los idiomas lo leen de forma distinta: escriba 1234, o escriba el número como número. Un texto que empieza por =, +, - o @ en una celda de número se rechaza (un número negativo escrito como número se conserva).',
    `Los porcentajes (% completado, y el valor de un componente en porcentaje) van de 0 a 100: 40, el texto 40 % y una celda con formato de porcentaje que muestra 40 % se leen como 40. Un porcentaje en el valor de un componente de número se rechaza.`,
    'El texto (narrativas, avances, dificultades) se guarda exactamente como se escribió, aunque empiece por =, +, - o @ (una viñeta como «- 20 personas capacitadas» queda tal cual): se guarda como palabras y nunca se calcula. Una fórmula se rechaza en cualquier celda: escriba valores, no fórmulas.',
    'Cuando vuelva a tener conexión, cargue el libro en «Mi informe». Se comprueba cada fila: o todo se guarda como borrador de su informe, o nada, y recibe el libro con cada problema señalado.',
    'Si alguien guardó el informe en línea después de que usted descargara esta plantilla, la carga se rechaza para que no se pierda ningún cambio: descargue una nueva plantilla.',
  ],
};

export const INSTRUCTION_TEXTS: Record<TemplateLanguage, InstructionTexts> = { en, fr, es };
